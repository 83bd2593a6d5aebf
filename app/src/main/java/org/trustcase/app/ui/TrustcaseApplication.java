package org.trustcase.app.ui;

import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.PauseTransition;
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
import org.trustcase.app.DesktopStart;
import org.trustcase.app.ui.signin.SignInScreen;
import org.trustcase.app.ui.welcome.WelcomeScreen;
import org.trustcase.app.ui.support.Tasks;
import org.trustcase.model.caseclocks.ClockIndexer;
import org.trustcase.app.ui.support.ErrorDialog;
import org.trustcase.app.ui.support.ErrorReport;
import org.trustcase.app.ui.support.ErrorReporter;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.theme.ThemeSettings;
import org.trustcase.app.ui.theme.UiPreferences;

/**
 * The JavaFX application behind {@link UiLauncher}: the welcome screen, the opening of a workspace, its sign-in
 * screen, the catching up after the sign-in, the main window, and the File menu's switch to another workspace.
 * JavaFX creates it, so what it starts with is handed over through {@link #prepare} just before the launch.
 */
public final class TrustcaseApplication extends Application {
    private static final System.Logger LOG = System.getLogger(TrustcaseApplication.class.getName());
    private static final AtomicReference<Launch> LAUNCH = new AtomicReference<>();
    private static final AtomicInteger EXIT_CODE = new AtomicInteger();

    /**
     * What the application starts with.
     *
     * @param first  the first workspace, being found and opened since before JavaFX started
     * @param chosen true when the command line chose that workspace: failing to open it ends the run
     */
    record Launch(UiLauncher.Opener opener, Future<FirstWorkspace> first, boolean chosen) {
    }

    /**
     * The workspace opened first, or none ({@code request} null: the welcome screen); {@code failure} says why it
     * could not be opened.
     */
    record FirstWorkspace(RecentWorkspaces recent, WorkspaceRequest request, Opened opened, Exception failure) {
    }

    /**
     * Finds the workspace to open first ({@link WorkspaceRequest#first}) and opens it, on a thread of its own: the
     * user's preferences (the recent workspaces) and the workspace are read while JavaFX starts.
     */
    static Future<FirstWorkspace> findAndOpen(DesktopStart start, UiLauncher.Opener opener) {
        FutureTask<FirstWorkspace> finding = new FutureTask<>(() -> {
            RecentWorkspaces recent = new RecentWorkspaces(UiPreferences.user());
            WorkspaceRequest request = WorkspaceRequest.first(start, recent, opener.defaultLocation(),
                    opener::isWorkspace).orElse(null);
            if (request == null) {
                return new FirstWorkspace(recent, null, null, null);
            }
            try {
                return new FirstWorkspace(recent, request, opened(opener, request), null);
            } catch (Exception e) {
                return new FirstWorkspace(recent, request, null, e);
            }
        });
        Thread thread = new Thread(finding, "trustcase-open-workspace");
        thread.setDaemon(true);
        thread.start();
        return finding;
    }

    /** How long the first workspace's opening goes on before the "opening" window is shown. */
    private static final int OPENING_SHOWN_AFTER_MS = 300;

    private Messages messages;
    private UiLauncher.Opener opener;
    private RecentWorkspaces recent;

    static void prepare(Launch launch) {
        LAUNCH.set(launch);
        EXIT_CODE.set(0);
    }

    static int exitCode() {
        return EXIT_CODE.get();
    }

    @Override
    public void start(Stage stage) {
        Launch launch = LAUNCH.getAndSet(null);
        if (launch == null) {
            throw new IllegalStateException("start the application through UiLauncher.launch");
        }
        opener = launch.opener();
        Platform.setImplicitExit(false);
        messages = Messages.forLocale(java.util.Locale.getDefault());
        UiPreferences preferences = UiPreferences.user();
        new ThemeSettings(preferences).apply();
        ErrorReporter errors = new ErrorReporter(messages, () -> stage);
        Thread.currentThread().setUncaughtExceptionHandler((thread, failure) -> errors.report(failure));

        stage.setTitle(messages.get("app.title"));
        Task<FirstWorkspace> waiting = new Task<>() {
            @Override
            protected FirstWorkspace call() throws Exception {
                return launch.first().get();
            }
        };
        // the "opening" window only if the workspace, opening since before JavaFX started, takes a while yet
        PauseTransition slow = new PauseTransition(javafx.util.Duration.millis(OPENING_SHOWN_AFTER_MS));
        slow.setOnFinished(event -> {
            if (!waiting.isDone()) {
                showOpening(stage);
            }
        });
        slow.play();
        waiting.setOnSucceeded(event -> {
            FirstWorkspace first = waiting.getValue();
            recent = first.recent();
            if (first.request() == null) {
                welcome(stage, null, preferences, errors);
            } else if (first.failure() != null) {
                failed(stage, first.request(), first.failure(), launch.chosen(), preferences, errors);
            } else {
                signIn(stage, first.opened(), preferences, errors);
            }
        });
        waiting.setOnFailed(event -> failToOpen(stage, waiting.getException()));
        start(waiting, "trustcase-wait-for-workspace");
    }

    /** The welcome screen; {@code error} says why the last choice could not be opened. */
    private void welcome(Stage stage, String error, UiPreferences preferences, ErrorReporter errors) {
        WelcomeScreen screen = WelcomeScreen.create(recent.list(), error, messages,
                request -> open(stage, request, preferences, errors));
        showAlone(stage, new Scene(screen.root(), 600, 660), messages.get("app.title"), event -> Platform.exit());
    }

    /** Opens the workspace chosen on the welcome screen or in the File menu; a failure goes back to the welcome screen. */
    private void open(Stage stage, WorkspaceRequest request, UiPreferences preferences, ErrorReporter errors) {
        showOpening(stage);
        opened(stage, request, new Task<>() {
            @Override
            protected Opened call() throws Exception {
                return opened(opener, request);
            }
        }, preferences, errors);
    }

    /** Runs {@code opening}; then the sign-in screen, or on failure the welcome screen with the reason. */
    private void opened(Stage stage, WorkspaceRequest request, Task<Opened> opening, UiPreferences preferences,
            ErrorReporter errors) {
        opening.setOnSucceeded(event -> signIn(stage, opening.getValue(), preferences, errors));
        opening.setOnFailed(event -> failed(stage, request, opening.getException(), false, preferences, errors));
        start(opening, "trustcase-open-workspace");
    }

    /** A workspace chosen on the command line ends the run; any other brings the welcome screen back, saying why. */
    private void failed(Stage stage, WorkspaceRequest request, Throwable failure, boolean chosen,
            UiPreferences preferences, ErrorReporter errors) {
        if (chosen) {
            failToOpen(stage, failure);
            return;
        }
        LOG.log(System.Logger.Level.WARNING, "could not open " + request, failure);
        String where = request.folder() == null ? messages.get("welcome.demo") : request.folder().toString();
        welcome(stage, messages.format("welcome.failed", where, ErrorReport.of(failure, messages).summary()),
                preferences, errors);
    }

    private void showOpening(Stage stage) {
        Label openingText = new Label(messages.get("opening.text"));
        ProgressIndicator openingProgress = new ProgressIndicator();
        // the opening runs on a daemon thread: closing the window ends the run
        showAlone(stage, openingScene(openingText, openingProgress), messages.get("app.title"),
                event -> Platform.exit());
    }

    /** The sign-in screen of the opened workspace; once someone is in, the workspace is caught up and shown. */
    private void signIn(Stage stage, Opened opened, UiPreferences preferences, ErrorReporter errors) {
        AppContext context = opened.context();
        Tasks tasks = new Tasks(errors::report);
        SignInScreen screen;
        try {
            screen = SignInScreen.create(context, opened.noAccounts(), messages, tasks, actor -> {
                tasks.close();
                recent.remember(context.workspaceDirectory());
                catchUp(stage, context, preferences, errors);
            }, () -> {
                tasks.close();
                stage.hide();
                closeThen(context, () -> Platform.runLater(() -> welcome(stage, null, preferences, errors)));
            });
        } catch (RuntimeException e) {
            tasks.close();
            closeQuietly(context);
            failToOpen(stage, e);
            return;
        }
        showAlone(stage, new Scene(screen.root(), 520, 620), context.isDemo()
                ? messages.format("app.title.demo", messages.get("app.title")) : messages.get("app.title"), event -> {
                    tasks.close();
                    closeQuietly(context);
                    Platform.exit();
                });
        // the deadline rules, which the first screen after the sign-in needs, are read while the person types
        Task<Void> rules = new Task<>() {
            @Override
            protected Void call() {
                context.clocks().engine().engine();
                return null;
            }
        };
        start(rules, "trustcase-read-rules");
    }

    /** Re-indexes the deadlines when the workspace needs it (with progress), then shows the main window. */
    private void catchUp(Stage stage, AppContext context, UiPreferences preferences, ErrorReporter errors) {
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
                () -> signIn(stage, new Opened(context, false), preferences, errors),
                request -> open(stage, request, preferences, errors)));
        catchingUp.setOnFailed(event -> {
            closeQuietly(context);
            failToOpen(stage, catchingUp.getException());
        });
        start(catchingUp, "trustcase-catch-up");
    }

    /** An opened workspace, and whether it has no account yet (read off the JavaFX thread). */
    private record Opened(AppContext context, boolean noAccounts) {
    }

    /** Opens {@code request} and reads whether it has an account yet: off the JavaFX thread. */
    private static Opened opened(UiLauncher.Opener opener, WorkspaceRequest request) throws Exception {
        AppContext context = opener.open(request);
        return new Opened(context, context.users().noAccounts());
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

    /**
     * @param signedOut shows the sign-in screen again once the person has signed out
     * @param switching opens another workspace, once this one is closed
     */
    private void showMainWindow(Stage stage, AppContext context, UiPreferences preferences, Runnable signedOut,
            java.util.function.Consumer<WorkspaceRequest> switching) {
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
        window.onWorkspaceSwitch(recent::list, request -> {
            stage.hide();
            window.shutDown();
            closeThen(context, () -> Platform.runLater(() -> switching.accept(request)));
        });
        window.closeThrough(stage, () -> {
            stage.hide();
            window.shutDown();
            closeThen(context, Platform::exit);
        });
        stage.show();
    }

    /** Shows {@code scene}, styled, alone on the stage and centred, with its title and what closing it does. */
    private static void showAlone(Stage stage, Scene scene, String title,
            javafx.event.EventHandler<javafx.stage.WindowEvent> onClose) {
        ThemeSettings.style(scene);
        stage.hide();
        stage.setScene(scene);
        stage.setTitle(title);
        stage.setOnCloseRequest(onClose);
        stage.centerOnScreen();
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

    /**
     * Closes the workspace off the JavaFX thread (it may write its last checkpoint), then runs {@code then} on that
     * thread; not a daemon, so that the run does not end with the workspace half closed.
     */
    private static void closeThen(AppContext context, Runnable then) {
        Thread closing = new Thread(() -> {
            closeQuietly(context);
            then.run();
        }, "trustcase-close-workspace");
        closing.setDaemon(false);
        closing.start();
    }

    private static void closeQuietly(AppContext context) {
        try {
            context.close();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "could not close the workspace", e);
        }
    }
}
