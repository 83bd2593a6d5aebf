package org.trustcase.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.application.Application;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.trustcase.app.ui.theme.Theme;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest extends DemoWindowTest {

    @Start
    void start(Stage stage) {
        showDemo(stage);
    }

    @AfterEach
    void backToTheLightTheme() {
        new org.trustcase.app.ui.theme.ThemeSettings(preferences).themeProperty().set(Theme.LIGHT);
    }

    @Test
    void theFileMenuOpensARecentWorkspaceOnceThisOneIsSignedOutOf(FxRobot robot) {
        settle();
        java.nio.file.Path office = java.nio.file.Path.of("/srv/dpo/office");
        java.util.List<WorkspaceRequest> requests = new java.util.concurrent.CopyOnWriteArrayList<>();
        window.onWorkspaceSwitch(() -> java.util.List.of(context.workspaceDirectory(), office), requests::add);

        robot.clickOn("#menu-file");
        robot.clickOn("Open recent");
        assertThat(recentItems(robot)).as("the workspace in use is not offered").containsExactly(office.toString());
        robot.clickOn(office.toString());
        settle();

        assertThat(requests).containsExactly(WorkspaceRequest.existing(office));
    }

    @Test
    void theFileMenuOffersTheDemoAndSaysWhenThereIsNoRecentWorkspace(FxRobot robot) {
        settle();
        java.util.List<WorkspaceRequest> requests = new java.util.concurrent.CopyOnWriteArrayList<>();
        window.onWorkspaceSwitch(java.util.List::of, requests::add);

        robot.clickOn("#menu-file");
        robot.clickOn("Open recent");
        assertThat(recentItems(robot)).containsExactly("None yet");
        robot.clickOn("Explore the demo workspace");
        settle();

        assertThat(requests).containsExactly(WorkspaceRequest.demo());
    }

    @Test
    void theStatusBarShowsWorkspaceActorAndTheDemoBadge(FxRobot robot) {
        settle();
        assertThat(text(robot, "#status-workspace")).isEqualTo(context.workspaceDirectory().toString());
        assertThat(text(robot, "#status-actor")).isEqualTo("anna.dpo · DPO");
        assertThat(shown(robot, "#status-demo")).isTrue();
        assertThat(text(robot, "#status-demo")).isEqualTo("DEMO WORKSPACE — fictional data");
        assertThat(robot.lookup("#status-bar").tryQuery()).isPresent();
    }

    @Test
    void theDashboardShowsRealFiguresAndOpensRecentCases(FxRobot robot) {
        settle();
        assertThat(text(robot, "#dashboard-open-new")).isEqualTo("2");
        assertThat(text(robot, "#dashboard-open-triage")).isEqualTo("1");
        assertThat(text(robot, "#dashboard-open-investigating")).isEqualTo("2");
        assertThat(text(robot, "#dashboard-open-notifying")).isEqualTo("1");
        assertThat(text(robot, "#dashboard-opened-this-year")).isEqualTo("8");
        assertThat(text(robot, "#dashboard-closed-this-year")).isEqualTo("2");

        robot.clickOn("#dashboard-recent-TC-2026-0007");
        settle();
        assertThat(text(robot, "#case-reference")).isEqualTo("TC-2026-0007");
        assertThat(text(robot, "#case-title")).isEqualTo("Misdirected parcel with patient letters");
    }

    @Test
    void searchShortcutsOpenTheSearchAndTheResultsOpenTheirCase(FxRobot robot) {
        settle();
        shortcut(robot, KeyCode.K);
        settle();
        TextField search = robot.lookup("#global-search").queryAs(TextField.class);
        assertThat(search.isFocused()).isTrue();
        robot.write("parc");
        settle();
        assertThat(text(robot, "#search-summary")).isEqualTo("1 place in 1 case, newest first.");
        robot.type(KeyCode.ENTER);
        settle();
        assertThat(text(robot, "#case-reference")).isEqualTo("TC-2026-0007");

        robot.clickOn("#nav-dashboard");
        shortcut(robot, KeyCode.F);
        settle();
        assertThat(robot.lookup("#global-search").queryAs(TextField.class).isFocused()).isTrue();
        assertThat(robot.lookup("#global-search").queryAs(TextField.class).getSelectedText()).isEqualTo("parc");
    }

    @Test
    void sectionsWithoutTheirFeatureSaySoHonestly(FxRobot robot) {
        robot.clickOn("#nav-register");
        assertThat(robot.lookup("#register-table").tryQuery()).isPresent();
        robot.clickOn("#nav-deadlines");
        assertThat(robot.lookup("#deadlines-table").tryQuery()).isPresent();
    }

    @Test
    void theThemeIsSwitchedInSettingsAndRemembered(FxRobot robot) {
        robot.clickOn("#nav-settings");
        assertThat(text(robot, "#settings-actor")).isEqualTo("anna.dpo");
        robot.clickOn("#settings-theme-dark");
        assertThat(preferences.get("theme", "")).isEqualTo("dark");
        assertThat(Application.getUserAgentStylesheet()).contains("primer-dark");
        robot.clickOn("#settings-theme-light");
        assertThat(preferences.get("theme", "")).isEqualTo("light");
        assertThat(Application.getUserAgentStylesheet()).contains("primer-light");
    }

    private static java.util.List<String> recentItems(FxRobot robot) {
        javafx.scene.control.MenuBar bar = robot.lookup("#menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        return bar.getMenus().get(0).getItems().stream().filter(item -> "menu-file-recent".equals(item.getId()))
                .flatMap(item -> ((javafx.scene.control.Menu) item).getItems().stream())
                .map(javafx.scene.control.MenuItem::getText).toList();
    }
}
