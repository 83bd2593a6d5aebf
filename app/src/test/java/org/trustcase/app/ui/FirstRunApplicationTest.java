package org.trustcase.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.trustcase.app.DesktopStart;
import org.trustcase.app.bootstrap.DesktopOpener;
import org.trustcase.app.ui.theme.UiPreferences;

/**
 * The application as a first run meets it, through {@link TrustcaseApplication} itself: the welcome screen, the demo
 * explored and signed in to, then another workspace opened from the File menu's recent ones and left again for the
 * welcome screen. The preferences are the test run's own (the build points java.util.prefs.userRoot into target).
 */
class FirstRunApplicationTest {
    @TempDir
    Path temp;

    private final FxRobot robot = new FxRobot();
    private final RecentWorkspaces recent = new RecentWorkspaces(UiPreferences.user());
    private TrustcaseApplication application;

    @BeforeEach
    void noRecentWorkspaces() throws Exception {
        FxToolkit.registerPrimaryStage();
        recent.list().forEach(recent::forget);
    }

    @AfterEach
    void stop() throws Exception {
        if (application != null) {
            FxToolkit.cleanupApplication(application);
        }
        FxToolkit.cleanupStages();
        recent.list().forEach(recent::forget);
    }

    @Test
    void theWelcomeScreenTheDemoAndARecentWorkspaceFromTheFileMenu() throws Exception {
        DesktopOpener opener = new DesktopOpener(Clock.systemUTC(), temp.resolve("data/trustcase"));
        Path office = temp.resolve("office");
        opener.open(WorkspaceRequest.create(office)).close();
        TrustcaseApplication.prepare(new TrustcaseApplication.Launch(opener,
                TrustcaseApplication.findAndOpen(DesktopStart.asUsual(), opener), false));
        application = (TrustcaseApplication) FxToolkit.setupApplication(TrustcaseApplication::new);

        waitUntil(() -> visible("#welcome-demo"));
        robot.clickOn("#welcome-demo");
        waitUntil(() -> visible("#signin-demo-hint"));
        robot.clickOn("#signin-login").write("dpo");
        robot.clickOn("#signin-password").write("demo");
        robot.clickOn("#signin-submit");
        waitUntil(() -> visible("#nav-dashboard"));
        assertThat(recent.list()).as("signed in to, so remembered")
                .containsExactly(temp.resolve("data/trustcase-demo"));

        recent.remember(office);
        robot.clickOn("#menu-file");
        robot.clickOn("Open recent");
        robot.clickOn(office.toString());
        waitUntil(() -> visible("#signin-first-intro"));
        assertThat(robot.lookup("#signin-workspace").queryAs(Label.class).getText()).isEqualTo(office.toString());

        robot.clickOn("#signin-other-workspace");
        waitUntil(() -> visible("#welcome-heading"));
        assertThat(robot.lookup("#welcome-recent .hyperlink").queryAllAs(javafx.scene.control.Hyperlink.class))
                .extracting(javafx.scene.control.Hyperlink::getText)
                .containsExactly(office.toString(), temp.resolve("data/trustcase-demo").toString());
    }

    private boolean visible(String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
