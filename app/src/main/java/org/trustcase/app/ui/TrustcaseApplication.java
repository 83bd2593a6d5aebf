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
import org.trustcase.app.ui.signin.SignInScreen;
import org.trustcase.app.ui.support.Tasks;
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

        Task<Opened> opening = new Task<>() {
            @Override
            protected Opened call() throws Exception {
                AppContext context = opener.open();
                return new Opened(context, context.users().noAccounts());
            }
        };
        opening.setOnSucceeded(event -> signIn(stage, opener, opening.getValue(), preferences, errors));
        opening.setOnFailed(event -> failToOpen(stage, opening.getException()));
        start(opening, "trustcase-open-workspace");
    }

    /** The sign-in screen of the opened workspace; once someone is in, the workspace is caught up and shown. */
    private void signIn(Stage stage, UiLauncher.Opener opener, Opened opened, UiPreferences preferences,
            ErrorReporter errors) {
        AppContext context = opened.context();
        Tasks tasks = new Tasks(errors::report);
        SignInScreen screen;
        try {
            screen = SignInScreen.create(context, opened.noAccounts(), messages, tasks, actor -> {
                tasks.close();
                catchUp(stage, opener, context, preferences, errors);
            });
        } catch (RuntimeException e) {
            tasks.close();
            closeQuietly(context);
            failToOpen(stage, e);
            return;
        }
        stage.hide();
        Scene scene = new Scene(screen.root(), 520, 620);
        ThemeSettings.style(scene);
        stage.setScene(scene);
        stage.setTitle(context.isDemo() ? messages.format("app.title.demo", messages.get("app.title"))
                : messages.get("app.title"));
        stage.setOnCloseRequest(event -> {
            tasks.close();
            closeQuietly(context);
            Platform.exit();
        });
        stage.centerOnScreen();
        stage.show();
    }

    /** Re-indexes the deadlines when the workspace needs it (with progress), then shows the main window. */
    private void catchUp(Stage stage, UiLauncher.Opener opener, AppContext context, UiPreferences preferences,
            ErrorReporter errors) {
        Label text = new Label(messages.get("opening.text"));
        ProgressIndicator progress = new ProgressIndicator();
        stage.setOnCloseRequest(null);
        stage.setScene(openingScene(text, progress));
        Task<AppContext> catchingUp = new Task<>() {
            @Override
            protected AppContext call() throws Exception {
                opener.catchUp(context, new ClockIndexer.Progress() {
                    @Override
                    public void done(long cases, long total) {
                        Platform.runLater(() -> {
                            text.setText(messages.format("opening.indexing", cases, total));
                            progress.setProgress(total == 0 ? -1 : (double) cases / total);
                        });
                    }
                });
                return context;
            }
        };
        catchingUp.setOnSucceeded(event -> showMainWindow(stage, context, preferences,
                () -> signIn(stage, opener, new Opened(context, false), preferences, errors)));
        catchingUp.setOnFailed(event -> {
            closeQuietly(context);
            failToOpen(stage, catchingUp.getException());
        });
        start(catchingUp, "trustcase-catch-up");
    }

    /** An opened workspace, and whether it has no account yet (read off the JavaFX thread). */
    private record Opened(AppContext context, boolean noAccounts) {
    }

    private static void start(Task<?> task, String name) {
        Thread thread = new Thread(task, name);
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

    /** @param signedOut shows the sign-in screen again once the person has signed out */
    private void showMainWindow(Stage stage, AppContext context, UiPreferences preferences, Runnable signedOut) {
        MainWindow window;
        try {
            window = MainWindow.create(context, preferences,
                    file -> getHostServices().showDocument(file.toUri().toString()));
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
        window.onSignOut(() -> {
            stage.hide();
            window.shutDown();
            signedOut.run();
        });
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
