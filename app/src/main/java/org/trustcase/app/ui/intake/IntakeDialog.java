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
        open(owner, null);
    }

    /**
     * Shows the form filled from {@code email} (when not null), which becomes the case's first evidence item; a form
     * already open is brought to the front as it is.
     */
    public void open(Window owner, EmailIntake email) {
        if (showing != null) {
            showing.toFront();
            return;
        }
        Views.View<IntakeController> view = views.load(IntakeController.class);
        IntakeController form = view.controller();
        if (email != null) {
            form.prefill(email);
        }
        Stage stage = new Stage();
        stage.setTitle(messages.get("intake.window"));
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        Scene scene = new Scene(view.root());
        ThemeSettings.style(scene);
        stage.setScene(scene);
        stage.setMinWidth(520);
        stage.setMinHeight(420);
        form.setOnFinished(created -> {
            stage.close();
            created.ifPresent(breachCase -> {
                caseList.reload();
                navigation.openCase(breachCase.reference());
                if (!form.attachFailure().isEmpty()) {
                    javafx.scene.control.Alert alert = new javafx.scene.control.Alert(
                            javafx.scene.control.Alert.AlertType.WARNING, form.attachFailure());
                    alert.initOwner(owner);
                    alert.show();
                }
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
        fitOnScreen(stage, owner);
        form.focusFirstField();
    }

    /**
     * Keeps the dialog within the screen its owner is on (the form scrolls when it is taller), centred on the owner:
     * on a 1024×700 screen its buttons stay reachable.
     */
    private static void fitOnScreen(Stage stage, Window owner) {
        javafx.geometry.Rectangle2D screen = (owner == null ? javafx.stage.Screen.getPrimary()
                : javafx.stage.Screen.getScreensForRectangle(owner.getX(), owner.getY(), owner.getWidth(),
                        owner.getHeight()).stream().findFirst().orElse(javafx.stage.Screen.getPrimary()))
                .getVisualBounds();
        stage.setWidth(Math.min(stage.getWidth(), screen.getWidth() - 16));
        stage.setHeight(Math.min(stage.getHeight(), screen.getHeight() - 16));
        double x = owner == null ? screen.getMinX() + (screen.getWidth() - stage.getWidth()) / 2
                : owner.getX() + (owner.getWidth() - stage.getWidth()) / 2;
        double y = owner == null ? screen.getMinY() + (screen.getHeight() - stage.getHeight()) / 2
                : owner.getY() + (owner.getHeight() - stage.getHeight()) / 2;
        stage.setX(Math.max(screen.getMinX(), Math.min(x, screen.getMaxX() - stage.getWidth())));
        stage.setY(Math.max(screen.getMinY(), Math.min(y, screen.getMaxY() - stage.getHeight())));
    }
}
