package org.trustcase.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.trustcase.app.AppContext;
import org.trustcase.app.bootstrap.AppContextFactory;
import org.trustcase.app.ui.signin.SignInScreen;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.Tasks;
import org.trustcase.model.audit.AuditAction;
import org.trustcase.model.audit.AuditQuery;
import org.trustcase.model.caselist.CaseRow;

/**
 * The window as each demo account sees it, signed in through the sign-in screen: the DPO everything, the manager
 * everything read-only, the legal reviewer only the cases assigned to them, with the sign-off as their one action.
 */
@ExtendWith(ApplicationExtension.class)
class SignInRolesTest extends WindowTest {
    private Tasks signInTasks;
    private Stage stage;

    @Override
    protected AppContext newContext() {
        try {
            return AppContextFactory.signingIn(clock).create(Files.createTempDirectory("trustcase-signin-"), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Messages messages = Messages.forLocale(Locale.ENGLISH, ZoneOffset.UTC);
        signInTasks = new Tasks(failure -> {
            throw new AssertionError(failure);
        });
        SignInScreen screen = SignInScreen.create(context, false, messages, signInTasks, actor -> {
            window = MainWindow.create(context, preferences, ZoneOffset.UTC, Locale.ENGLISH, notifier());
            stage.setScene(window.scene());
        });
        stage.setScene(new Scene(screen.root(), 1280, 800));
        stage.show();
    }

    @AfterEach
    void closeSignIn() {
        signInTasks.close();
    }

    private void signIn(FxRobot robot, String login, String password) {
        robot.clickOn("#signin-login").write(login);
        robot.clickOn("#signin-password").write(password);
        robot.clickOn("#signin-submit");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        do {
            WaitForAsyncUtils.waitForFxEvents();
        } while (window == null && signInTasks.busyProperty().get() && System.nanoTime() < deadline);
        WaitForAsyncUtils.waitForFxEvents();
        if (window != null) {
            settle();
        }
    }

    private static boolean offered(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(node -> {
            for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
                if (!n.isVisible()) {
                    return false;
                }
            }
            return true;
        }).orElse(false);
    }

    private void openFirstCase(FxRobot robot) {
        robot.clickOn("#nav-cases");
        settle();
        TableView<?> table = robot.lookup("#cases-table").queryAs(TableView.class);
        // an open case: a settled one is read-only for everyone
        String reference = table.getItems().stream().map(CaseRow.class::cast).filter(row -> !row.status().isClosed())
                .findFirst().orElseThrow().reference().toString();
        robot.doubleClickOn(reference);
        settle();
    }

    @Test
    void theDpoSeesEverySectionAndEveryAction(FxRobot robot) {
        signIn(robot, "dpo", "demo");
        assertThat(window).as("signed in").isNotNull();
        assertThat(text(robot, "#status-actor")).isEqualTo("dpo · DPO");
        for (String section : List.of("#nav-dashboard", "#nav-cases", "#nav-deadlines", "#nav-audit", "#nav-settings")) {
            assertThat(offered(robot, section)).as(section).isTrue();
        }
        robot.clickOn("#nav-cases");
        settle();
        assertThat(offered(robot, "#new-case")).isTrue();
        openFirstCase(robot);
        assertThat(robot.lookup("#workflow-buttons").queryAs(javafx.scene.layout.HBox.class).getChildren()).isNotEmpty();
        assertThat(robot.lookup("#overview-title").queryAs(TextField.class).isDisabled()).isFalse();
        assertThat(context.audit().search(new AuditQuery("dpo", AuditAction.USER_SIGNED_IN, null, null, null),
                Long.MAX_VALUE, 5)).hasSize(1);
    }

    @Test
    void theManagerReadsEverythingAndIsOfferedNoChange(FxRobot robot) {
        signIn(robot, "manager", "demo");
        assertThat(text(robot, "#status-actor")).isEqualTo("manager · Manager");
        for (String section : List.of("#nav-dashboard", "#nav-cases", "#nav-deadlines", "#nav-audit")) {
            assertThat(offered(robot, section)).as(section).isTrue();
        }
        robot.clickOn("#nav-cases");
        settle();
        assertThat(offered(robot, "#new-case")).as("no new case").isFalse();
        openFirstCase(robot);
        assertThat(robot.lookup("#workflow-buttons").queryAs(javafx.scene.layout.HBox.class).getChildren())
                .as("no status move").isEmpty();
        assertThat(robot.lookup("#overview-title").queryAs(TextField.class).isDisabled()).isTrue();
        assertThat(text(robot, "#overview-settled")).isEqualTo("Your role reads this case; it cannot change it.");

        robot.clickOn("#nav-audit");
        settle();
        TableView<?> log = robot.lookup("#auditlog-table").queryAs(TableView.class);
        assertThat(log.getItems()).isNotEmpty();
        assertThat(offered(robot, "#auditlog-export")).as("a manager exports the trail").isTrue();
    }

    @Test
    void theReviewerSeesOnlyTheirCasesAndMaySignOff(FxRobot robot) {
        signIn(robot, "reviewer", "demo");
        assertThat(text(robot, "#status-actor")).isEqualTo("reviewer · Legal reviewer");
        for (String section : List.of("#nav-dashboard", "#nav-deadlines", "#nav-audit")) {
            assertThat(offered(robot, section)).as(section + " is not for a reviewer").isFalse();
        }
        assertThat(offered(robot, "#nav-cases")).isTrue();
        settle();
        TableView<?> table = robot.lookup("#cases-table").queryAs(TableView.class);
        List<String> listed = table.getItems().stream().map(row -> ((CaseRow) row).reference().toString()).toList();
        assertThat(listed).as("only the assigned cases, not the demo's dozen").isNotEmpty().hasSizeLessThan(5);
        for (Object row : table.getItems()) {
            assertThat(context.users().assigned(((CaseRow) row).reference())).contains("reviewer");
        }
        assertThat(offered(robot, "#new-case")).isFalse();
        assertThat(offered(robot, "#cases-export")).as("a reviewer exports nothing").isFalse();

        openFirstCase(robot);
        assertThat(robot.lookup("#overview-title").queryAs(TextField.class).isDisabled()).isTrue();
        robot.clickOn("#case-tab-assessment");
        settle();
        assertThat(offered(robot, "#decision-form")).as("only a DPO decides").isFalse();
        assertThat(offered(robot, "#assessment-record")).isFalse();
        assertThat(offered(robot, "#decision-signoff")).as("the reviewer's one action").isTrue();
        assertThat(robot.lookup("#decision-signoff").queryAs(Button.class).isDisabled()).isFalse();
    }

    @Test
    void aWrongPasswordKeepsTheSignInScreenAndSaysSoWithoutTellingWhich(FxRobot robot) {
        signIn(robot, "dpo", "not the password");
        assertThat(window).isNull();
        assertThat(text(robot, "#signin-error")).isEqualTo("The login and password do not fit an active account.");
        assertThat(robot.lookup("#signin-password").queryAs(TextField.class).getText()).isEmpty();
    }

    @Test
    void aLockedWindowOpensOnlyWithThePassword(FxRobot robot) {
        signIn(robot, "dpo", "demo");
        robot.interact(window::lock);
        assertThat(offered(robot, "#lock-screen")).isTrue();
        assertThat(text(robot, "#lock-text")).contains("dpo");

        robot.clickOn("#lock-password").write("guess");
        robot.clickOn("#lock-unlock");
        settle();
        assertThat(window.isLocked()).isTrue();
        assertThat(text(robot, "#lock-error")).isEqualTo("That is not the password.");

        robot.clickOn("#lock-password").write("demo");
        robot.clickOn("#lock-unlock");
        settle();
        assertThat(window.isLocked()).isFalse();
        assertThat(offered(robot, "#lock-screen")).isFalse();
    }

    @Test
    void theDpoAddsAndDeactivatesAnAccountAndAssignsAReviewer(FxRobot robot) {
        signIn(robot, "dpo", "demo");
        robot.clickOn("#nav-settings");
        settle();
        @SuppressWarnings("unchecked")
        TableView<org.trustcase.model.users.UserAccount> accounts = robot.lookup("#accounts-table")
                .queryAs(TableView.class);
        assertThat(accounts.getItems()).hasSize(3);

        javafx.application.Platform.runLater(() -> robot.lookup("#accounts-add").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#account-login").write("ewa.nowak");
        robot.clickOn("#account-full-name").write("Ewa Nowak");
        robot.clickOn("#account-password").write("a long enough phrase");
        robot.clickOn("#account-password-again").write("a long enough phrase");
        robot.clickOn("#account-confirm");
        settle();
        assertThat(accounts.getItems()).hasSize(4);
        assertThat(text(robot, "#accounts-message")).isEqualTo("Added ewa.nowak.");

        robot.interact(() -> accounts.getSelectionModel().select(accounts.getItems().stream()
                .filter(account -> account.login().equals("ewa.nowak")).findFirst().orElseThrow()));
        robot.clickOn("#accounts-activation");
        settle();
        assertThat(text(robot, "#accounts-message")).isEqualTo("ewa.nowak can no longer sign in.");

        openFirstCase(robot);
        String before = text(robot, "#case-reviewers");
        javafx.application.Platform.runLater(() -> robot.lookup("#case-assign").queryAs(Button.class).fire());
        // the dialog waits for its answer inside the background read's callback: wait for it to show
        long shows = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (robot.lookup("#case-assign-confirm").tryQuery().isEmpty() && System.nanoTime() < shows) {
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(robot.lookup("#case-assign-ewa.nowak").tryQuery()).as("a deactivated reviewer is not offered")
                .isEmpty();
        javafx.scene.control.CheckBox reviewer = robot.lookup("#case-assign-reviewer")
                .queryAs(javafx.scene.control.CheckBox.class);
        robot.interact(() -> reviewer.setSelected(!reviewer.isSelected()));
        robot.clickOn("#case-assign-confirm");
        settle();
        assertThat(text(robot, "#case-reviewers")).isNotEqualTo(before);
    }

    @Test
    void theManagerReadsTheAccountsAndTheReviewerDoesNotSeeThem(FxRobot robot) {
        signIn(robot, "manager", "demo");
        robot.clickOn("#nav-settings");
        settle();
        assertThat(offered(robot, "#accounts-table")).isTrue();
        assertThat(offered(robot, "#accounts-add")).as("only a DPO manages accounts").isFalse();
        assertThat(offered(robot, "#settings-own-password")).isTrue();
    }
}
