package org.trustcase.app.ui.intake;

import java.util.Objects;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.trustcase.app.ui.cases.CaseList;
import org.trustcase.app.ui.shell.Navigation;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.Views;
import org.trustcase.app.ui.theme.ThemeSettings;

/** Opens the intake form in its own window; a created case is then shown and listed. */
public final class IntakeDialog {
    private final Views views;
    private final Messages messages;
    private final CaseList caseList;
    private final Navigation navigation;
    private Stage showing;

    public IntakeDialog(Views views, Messages messages, CaseList caseList, Navigation navigation) {
        this.views = Objects.requireNonNull(views, "views");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.caseList = Objects.requireNonNull(caseList, "caseList");
        this.navigation = Objects.requireNonNull(navigation, "navigation");
    }

    /** Shows the form (or brings the one already open to the front). */
    public void open(Window owner) {
        if (showing != null) {
            showing.toFront();
            return;
        }
        Views.View<IntakeController> view = views.load(IntakeController.class);
        IntakeController form = view.controller();
        Stage stage = new Stage();
        stage.setTitle(messages.get("intake.window"));
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        Scene scene = new Scene(view.root());
        ThemeSettings.style(scene);
        stage.setScene(scene);
        stage.setMinWidth(560);
        stage.setMinHeight(520);
        form.setOnFinished(created -> {
            stage.close();
            created.ifPresent(breachCase -> {
                caseList.reload();
                navigation.openCase(breachCase.reference());
            });
        });
        stage.setOnHidden(event -> showing = null);
        stage.setOnCloseRequest(event -> {
            if (form.savingProperty().get()) {
                event.consume();
            }
        });
        showing = stage;
        stage.show();
        form.focusFirstField();
    }
}
