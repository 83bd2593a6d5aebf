package org.trustcase.app.ui.cases;

import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.util.StringConverter;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.model.caselist.SavedView;
import org.trustcase.model.severity.SeverityBand;

/**
 * The cases table's second row of filters (severity band, owner, jurisdiction, words of the investigation), bound to
 * the table's view model, and the person's saved views: one chosen sets every filter; the filters as set are saved
 * under a name.
 */
final class FilterBar {
    /** A band item that stands for any band. */
    private static final String ANY = "";

    private FilterBar() {
    }

    record Controls(ComboBox<SeverityBand> band, TextField owner, TextField jurisdiction, TextField mentions,
            ComboBox<SavedView> views, Button save, Button delete, Label notice) {
    }

    static void install(Controls c, CasesViewModel cases, SavedViewsViewModel views, Messages messages) {
        c.band().getItems().add(null);
        c.band().getItems().addAll(SeverityBand.values());
        c.band().setConverter(new StringConverter<>() {
            @Override
            public String toString(SeverityBand band) {
                return band == null ? messages.get("cases.band.any") : messages.label(band);
            }

            @Override
            public SeverityBand fromString(String text) {
                return null;
            }
        });
        c.band().valueProperty().bindBidirectional(cases.bandProperty());
        c.owner().textProperty().bindBidirectional(cases.ownerProperty());
        c.jurisdiction().textProperty().bindBidirectional(cases.jurisdictionProperty());
        c.mentions().textProperty().bindBidirectional(cases.mentionsProperty());

        c.views().setItems(views.views());
        c.views().setConverter(new StringConverter<>() {
            @Override
            public String toString(SavedView view) {
                return view == null ? ANY : view.name();
            }

            @Override
            public SavedView fromString(String text) {
                return null;
            }
        });
        c.views().setOnAction(event -> {
            SavedView chosen = c.views().getValue();
            if (chosen != null) {
                cases.apply(chosen);
            }
        });
        c.delete().disableProperty().bind(c.views().valueProperty().isNull());
        c.delete().setOnAction(event -> {
            SavedView chosen = c.views().getValue();
            c.views().setValue(null);
            views.delete(chosen);
        });
        c.save().setOnAction(event -> {
            TextInputDialog ask = new TextInputDialog(c.views().getValue() == null ? ANY : c.views().getValue().name());
            ask.initOwner(c.save().getScene().getWindow());
            ask.setTitle(messages.get("cases.views.save.title"));
            ask.setHeaderText(messages.get("cases.views.save.header"));
            ask.setContentText(messages.get("cases.views.save.name"));
            ask.getEditor().setId("cases-view-name");
            Optional<String> name = ask.showAndWait();
            name.filter(n -> !n.isBlank()).ifPresent(n -> views.save(n, cases.filters(), saved -> {
                // chosen without being applied again: the filters are those just saved
                javafx.event.EventHandler<javafx.event.ActionEvent> handler = c.views().getOnAction();
                c.views().setOnAction(null);
                c.views().setValue(saved);
                c.views().setOnAction(handler);
            }));
        });
        c.notice().textProperty().bind(views.noticeProperty());
        c.notice().managedProperty().bind(views.noticeProperty().isNotEmpty());
        c.notice().visibleProperty().bind(c.notice().managedProperty());
        views.load();
    }
}
