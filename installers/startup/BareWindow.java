import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The baseline of the start-up measure: the barest JavaFX window, from the same jar and JVM options. Its main is not
 * in the Application class, as Trustcase's is not: JavaFX on the class path refuses to launch such a class directly.
 */
public class BareWindow {
    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    public static class Window extends Application {
        @Override
        public void start(Stage stage) {
            stage.setTitle("Bare JavaFX window");
            stage.setScene(new Scene(new Label("bare"), 400, 300));
            stage.show();
        }
    }
}
