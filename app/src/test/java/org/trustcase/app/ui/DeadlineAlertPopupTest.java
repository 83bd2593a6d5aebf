package org.trustcase.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.trustcase.app.ui.deadlines.DeadlineNotifier;
import org.trustcase.model.cases.CaseDetails;
import org.trustcase.model.cases.Jurisdiction;

/** The app's own desktop notification, shown headless over the window. */
@ExtendWith(ApplicationExtension.class)
class DeadlineAlertPopupTest extends WindowTest {

    @Override
    protected DeadlineNotifier notifier() {
        return null;
    }

    @Start
    void start(Stage stage) {
        context.cases().open(CaseDetails.builder().title("Phishing: three agents' credentials")
                .awareAt(NOW.minus(Duration.ofHours(71).plusMinutes(30)))
                .jurisdictions(List.of(Jurisdiction.parse("PL", "jurisdictions"))).build());
        show(stage);
    }

    @Test
    void theNotificationNamesCaseRuleAndDueTimeAndOpensTheCase(FxRobot robot) {
        settle();
        assertThat(robot.lookup(".notification-bar").tryQuery()).isPresent();
        assertThat(robot.lookup("GDPR-SA: due in 30 min").tryQuery()).isPresent();
        Node bar = robot.lookup(".notification-bar").query();
        assertThat(bar.getScene().getStylesheets()).as("styled like the app")
                .contains(org.trustcase.app.ui.theme.ThemeSettings.stylesheet());
        assertThat(robot.lookup(".notification-bar .label").queryAll()).anySatisfy(label ->
                assertThat(((javafx.scene.control.Label) label).getText()).contains("TC-2026-0001",
                        "Phishing: three agents' credentials", "Competent supervisory authority",
                        "2026-03-30 10:30 Z · Europe/Warsaw 12:30"));
        robot.clickOn(bar);
        settle();
        assertThat(text(robot, "#case-reference")).isEqualTo("TC-2026-0001");
        assertThat(shown(robot, "#deadline-row-GDPR-SA")).isTrue();
    }
}
