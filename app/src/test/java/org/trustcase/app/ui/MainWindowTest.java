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
}
