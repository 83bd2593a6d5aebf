package org.trustcase.app.ui;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.trustcase.app.AppContext;
import org.trustcase.model.caseclocks.ClockIndexer;
import org.trustcase.app.ui.support.ErrorDialog;
import org.trustcase.app.ui.support.ErrorReport;
import org.trustcase.app.ui.support.ErrorReporter;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.theme.ThemeSettings;
import org.trustcase.app.ui.theme.UiPreferences;

/**
 * The JavaFX application behind {@link UiLauncher}. JavaFX creates it, so the opener is handed over
 * through {@link #prepare} just before the launch.
 */
public final class TrustcaseApplication extends Application {
    private static final System.Logger LOG = System.getLogger(TrustcaseApplication.class.getName());
    private static final AtomicReference<UiLauncher.Opener> OPENER = new AtomicReference<>();
    private static final AtomicInteger EXIT_CODE = new AtomicInteger();

    private Messages messages;

    static void prepare(UiLauncher.Opener opener) {
        OPENER.set(opener);
        EXIT_CODE.set(0);
    }

    static int exitCode() {
        return EXIT_CODE.get();
    }

    @Override
    public void start(Stage stage) {
        UiLauncher.Opener opener = OPENER.getAndSet(null);
        if (opener == null) {
            throw new IllegalStateException("start the application through UiLauncher.launch");
        }
        Platform.setImplicitExit(false);
        messages = Messages.forLocale(java.util.Locale.getDefault());
        UiPreferences preferences = UiPreferences.user();
        new ThemeSettings(preferences).apply();
        ErrorReporter errors = new ErrorReporter(messages, () -> stage);
        Thread.currentThread().setUncaughtExceptionHandler((thread, failure) -> errors.report(failure));

        stage.setTitle(messages.get("app.title"));
        Label openingText = new Label(messages.get("opening.text"));
        ProgressIndicator openingProgress = new ProgressIndicator();
        stage.setScene(openingScene(openingText, openingProgress));
        stage.show();

        Task<AppContext> opening = new Task<>() {
            @Override
            protected AppContext call() throws Exception {
                return opener.open(new ClockIndexer.Progress() {
                    @Override
                    public void done(long cases, long total) {
                        Platform.runLater(() -> {
                            openingText.setText(messages.format("opening.indexing", cases, total));
                            openingProgress.setProgress(total == 0 ? -1 : (double) cases / total);
                        });
                    }
                });
            }
        };
        opening.setOnSucceeded(event -> showMainWindow(stage, opening.getValue(), preferences));
        opening.setOnFailed(event -> failToOpen(stage, opening.getException()));
        Thread thread = new Thread(opening, "trustcase-open-workspace");
        thread.setDaemon(true);
        thread.start();
    }

    private Scene openingScene(Label label, ProgressIndicator progress) {
        progress.setPrefSize(36, 36);
        label.getStyleClass().add("title-4");
        label.setWrapText(true);
        label.setMaxWidth(380);
        label.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        VBox box = new VBox(16, progress, label);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("opening");
        Scene scene = new Scene(box, 420, 220);
        ThemeSettings.style(scene);
        return scene;
    }

    private void showMainWindow(Stage stage, AppContext context, UiPreferences preferences) {
        MainWindow window;
        try {
            window = MainWindow.create(context, preferences);
        } catch (RuntimeException e) {
            closeQuietly(context);
            failToOpen(stage, e);
            return;
        }
        stage.hide();
        stage.setScene(window.scene());
        stage.setTitle(context.isDemo() ? messages.format("app.title.demo", messages.get("app.title"))
                : window.title());
        // 1280×800 where the screen has room, else the screen's size: a 1024×700 screen shows the whole window
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(1280, screen.getWidth()));
        stage.setHeight(Math.min(800, screen.getHeight()));
        stage.setMinWidth(Math.min(960, screen.getWidth()));
        stage.setMinHeight(Math.min(600, screen.getHeight()));
        stage.centerOnScreen();
        window.closeThrough(stage, () -> {
            stage.hide();
            window.shutDown();
            Thread closing = new Thread(() -> {
                closeQuietly(context);
                Platform.exit();
            }, "trustcase-close-workspace");
            closing.setDaemon(false);
            closing.start();
        });
        stage.show();
    }

    private void failToOpen(Stage stage, Throwable failure) {
        LOG.log(System.Logger.Level.ERROR, "could not open the workspace", failure);
        stage.hide();
        ErrorDialog.create(ErrorReport.of(failure, messages), messages.get("opening.failed"), messages, null)
                .alert().showAndWait();
        EXIT_CODE.set(1);
        Platform.exit();
    }

    private static void closeQuietly(AppContext context) {
        try {
            context.close();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "could not close the workspace", e);
        }
    }
}
