package org.trustcase.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.trustcase.app.ui.deadlines.AlertThreshold;
import org.trustcase.app.ui.deadlines.DeadlineAlert;
import org.trustcase.model.cases.CaseDetails;
import org.trustcase.model.cases.Jurisdiction;

@ExtendWith(ApplicationExtension.class)
class DeadlineAlertsFlowTest extends WindowTest {

    @Start
    void start(Stage stage) {
        context.cases().open(CaseDetails.builder().title("Lost laptop with HR files")
                .awareAt(NOW.minus(Duration.ofHours(47))).jurisdictions(List.of(Jurisdiction.parse("PL", "jurisdictions")))
                .build());
        show(stage);
    }

    private List<String> given() {
        return alerts.stream().map(DeadlineAlert::threshold).map(AlertThreshold::name).toList();
    }

    @Test
    void aLegalDeadlineIsAnnouncedAtEachThresholdOnceWhileTheAppRuns(FxRobot robot) {
        settle();
        assertThat(alerts).as("25 hours left").isEmpty();

        advance(robot, Duration.ofHours(1));
        assertThat(given()).containsExactly("DAY");
        DeadlineAlert first = alerts.get(0);
        assertThat(first.entry().reference().toString()).isEqualTo("TC-2026-0001");
        assertThat(first.entry().ruleId()).isEqualTo("GDPR-SA");

        advance(robot, Duration.ofSeconds(1));
        advance(robot, Duration.ofHours(2));
        assertThat(given()).as("once only").containsExactly("DAY");

        advance(robot, Duration.ofHours(16));
        assertThat(given()).containsExactly("DAY", "SIX_HOURS");
        advance(robot, Duration.ofHours(5).plusMinutes(30));
        assertThat(given()).containsExactly("DAY", "SIX_HOURS", "HOUR");
        advance(robot, Duration.ofMinutes(31));
        assertThat(given()).containsExactly("DAY", "SIX_HOURS", "HOUR", "PASSED");
        advance(robot, Duration.ofHours(2));
        assertThat(alerts).hasSize(4);
    }
}
