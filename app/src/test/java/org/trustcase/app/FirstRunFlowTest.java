package org.trustcase.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.trustcase.app.bootstrap.DesktopOpener;
import org.trustcase.app.ui.WorkspaceRequest;
import org.trustcase.app.ui.signin.SignInScreen;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.Tasks;
import org.trustcase.app.ui.welcome.WelcomeScreen;
import org.trustcase.model.common.Actor;
import org.trustcase.persistence.Workspace;

/**
 * The first run: the welcome screen's three ways in, each opened as the window opens it ({@link DesktopOpener}), up
 * to the sign-in screen; an unusable choice comes back to the welcome screen with the reason.
 */
@ExtendWith(ApplicationExtension.class)
class FirstRunFlowTest {
    @TempDir
    static Path temp;

    private final Messages messages = Messages.forLocale(Locale.ENGLISH, ZoneOffset.UTC);
    private final Tasks tasks = new Tasks(failure -> {
        throw new AssertionError(failure);
    });
    private final List<AppContext> opened = new CopyOnWriteArrayList<>();
    private final List<Actor> signedIn = new CopyOnWriteArrayList<>();
    private Path defaultLocation;
    private DesktopOpener opener;
    private Stage stage;
    private WelcomeScreen welcome;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        defaultLocation = Files.createTempDirectory(temp, "data").resolve("trustcase");
        opener = new DesktopOpener(Clock.systemUTC(), defaultLocation);
        showWelcome(List.of(), null);
        stage.show();
    }

    @AfterEach
    void close() {
        tasks.close();
        opened.forEach(AppContext::close);
    }

    /** What the application does with a choice: opens it off the JavaFX thread, then signs in or welcomes again. */
    private void showWelcome(List<Path> recent, String error) {
        welcome = WelcomeScreen.create(recent, error, messages, request -> new Thread(() -> {
            try {
                AppContext context = opener.open(request);
                opened.add(context);
                boolean noAccounts = context.users().noAccounts();
                Platform.runLater(() -> stage.setScene(new Scene(SignInScreen.create(context, noAccounts, messages,
                        tasks, signedIn::add, () -> showWelcome(recent, null)).root(), 600, 700)));
            } catch (RuntimeException e) {
                Platform.runLater(() -> showWelcome(recent, messages.format("welcome.failed",
                        String.valueOf(request.folder()), e.getMessage())));
            }
        }).start());
        stage.setScene(new Scene(welcome.root(), 600, 700));
    }

    @Test
    void exploringTheDemoOpensItsSignInWithTheDemoAccounts(FxRobot robot) throws Exception {
        robot.clickOn("#welcome-demo");
        waitUntil(() -> robot.lookup("#signin-demo-hint").tryQuery().map(Node::isVisible).orElse(false));

        assertThat(text(robot, "#signin-workspace")).isEqualTo(DesktopStart.demoLocation(defaultLocation).toString());
        robot.clickOn("#signin-login").write("dpo");
        robot.clickOn("#signin-password").write("demo");
        robot.clickOn("#signin-submit");
        waitUntil(() -> !signedIn.isEmpty());
        assertThat(signedIn.get(0).id()).isEqualTo("dpo");
    }

    @Test
    void theSignInScreenLeadsBackToTheWelcomeScreenForAnotherWorkspace(FxRobot robot) throws Exception {
        robot.clickOn("#welcome-demo");
        waitUntil(() -> robot.lookup("#signin-other-workspace").tryQuery().map(Node::isVisible).orElse(false));

        robot.clickOn("#signin-other-workspace");
        waitUntil(() -> robot.lookup("#welcome-heading").tryQuery().isPresent());

        assertThat(signedIn).isEmpty();
        assertThat(robot.lookup("#signin-login").tryQuery()).isEmpty();
    }

    @Test
    void aNewWorkspaceInAnEmptyFolderAsksForTheFirstDpo(FxRobot robot) throws Exception {
        Path folder = Files.createDirectories(temp.resolve("new-office"));
        Platform.runLater(() -> welcome.viewModel().create(folder));
        waitUntil(() -> robot.lookup("#signin-first-intro").tryQuery().map(Node::isVisible).orElse(false));

        robot.clickOn("#signin-login").write("anna.nowak");
        robot.clickOn("#signin-full-name").write("Anna Nowak");
        robot.clickOn("#signin-password").write("a long enough password");
        robot.clickOn("#signin-password-again").write("a long enough password");
        robot.clickOn("#signin-submit");
        waitUntil(() -> !signedIn.isEmpty());

        assertThat(signedIn.get(0).id()).isEqualTo("anna.nowak");
        assertThat(Workspace.exists(folder)).isTrue();
    }

    @Test
    void aFolderWithOtherFilesIsRefusedForANewWorkspaceAndTheWelcomeSaysWhy(FxRobot robot) throws Exception {
        Path documents = Files.createDirectories(temp.resolve("documents"));
        Files.writeString(documents.resolve("letter.txt"), "someone's letter");
        Platform.runLater(() -> welcome.viewModel().create(documents));
        waitUntil(() -> robot.lookup("#welcome-error").tryQuery().map(Node::isVisible).orElse(false));

        assertThat(text(robot, "#welcome-error")).contains(documents.toString())
                .contains("is not empty: choose an empty folder, or make a new one, for a new workspace");
        assertThat(Files.list(documents)).containsExactly(documents.resolve("letter.txt"));
    }

    @Test
    void aRecentWorkspaceOpensFromItsLinkAndAMissingOneIsReported(FxRobot robot) throws Exception {
        Path gone = temp.resolve("moved-away");
        Platform.runLater(() -> showWelcome(List.of(gone), null));
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn(gone.toString());
        waitUntil(() -> robot.lookup("#welcome-error").tryQuery().map(Node::isVisible).orElse(false));

        assertThat(text(robot, "#welcome-error")).startsWith(gone + " could not be opened: ");
        assertThat(Files.exists(gone)).as("opening does not create a workspace").isFalse();
    }

    @Test
    void theRequestsOfTheThreeWaysIn() {
        List<WorkspaceRequest> requests = new CopyOnWriteArrayList<>();
        var model = new org.trustcase.app.ui.welcome.WelcomeViewModel(List.of(), "earlier failure", requests::add);
        model.create(temp.resolve("a"));
        model.open(temp.resolve("b"));
        model.demo();

        assertThat(requests).containsExactly(WorkspaceRequest.create(temp.resolve("a")),
                WorkspaceRequest.existing(temp.resolve("b")), WorkspaceRequest.demo());
        assertThat(model.errorProperty().get()).as("a new choice clears the last failure").isEmpty();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
