package org.trustcase.app.ui.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trustcase.app.ui.deadlines.Clocks.clock;
import static org.trustcase.app.ui.deadlines.Clocks.entry;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trustcase.model.deadlines.ClockStatus;

class DeadlineAlertsTest {
    private static final Instant DUE = Instant.parse("2026-03-30T10:00:00Z");
    private final DeadlineAlerts alerts = new DeadlineAlerts();
    private final DeadlineEntry legal = entry("TC-2026-0001", clock("GDPR-SA", ClockStatus.RUNNING, DUE));

    private List<AlertThreshold> at(Duration beforeDue, DeadlineEntry... entries) {
        return alerts.due(List.of(entries), DUE.minus(beforeDue)).stream().map(DeadlineAlert::threshold).toList();
    }

    @Test
    void eachThresholdOnceAsTheDeadlineComes() {
        assertThat(at(Duration.ofHours(30), legal)).isEmpty();
        assertThat(at(Duration.ofHours(24).plusSeconds(1), legal)).isEmpty();
        assertThat(at(Duration.ofHours(24), legal)).containsExactly(AlertThreshold.DAY);
        assertThat(at(Duration.ofHours(23), legal)).isEmpty();
        assertThat(at(Duration.ofHours(6), legal)).containsExactly(AlertThreshold.SIX_HOURS);
        assertThat(at(Duration.ofHours(5), legal)).isEmpty();
        assertThat(at(Duration.ofMinutes(59), legal)).containsExactly(AlertThreshold.HOUR);
        assertThat(at(Duration.ofMinutes(1), legal)).isEmpty();
        assertThat(at(Duration.ZERO, legal)).as("due now has not passed yet").isEmpty();
        assertThat(at(Duration.ofSeconds(-1), legal)).containsExactly(AlertThreshold.PASSED);
        assertThat(at(Duration.ofHours(-5), legal)).isEmpty();
    }

    @Test
    void aClockFirstSeenLateGetsOnlyItsMostUrgentAlert() {
        assertThat(at(Duration.ofMinutes(30), legal)).containsExactly(AlertThreshold.HOUR);
        assertThat(at(Duration.ofMinutes(20), legal)).isEmpty();
        assertThat(at(Duration.ofMinutes(-1), legal)).containsExactly(AlertThreshold.PASSED);

        DeadlineEntry overdueAtStart = entry("TC-2026-0002",
                clock("GDPR-SA", ClockStatus.OVERDUE, DUE.minus(Duration.ofDays(3))));
        assertThat(at(Duration.ZERO, overdueAtStart)).containsExactly(AlertThreshold.PASSED);
        assertThat(at(Duration.ZERO, overdueAtStart)).isEmpty();
    }

    @Test
    void onlyLegalDeadlinesAreAnnounced() {
        DeadlineEntry target = entry("TC-2026-0001", clock("GDPR-DS", ClockStatus.RUNNING, DUE));
        assertThat(at(Duration.ofMinutes(30), target)).isEmpty();
        assertThat(at(Duration.ofMinutes(-30), target)).isEmpty();
    }

    @Test
    void settledAndWaitingClocksAreNotAnnounced() {
        assertThat(at(Duration.ofMinutes(-30),
                entry("TC-2026-0001", Clocks.met("GDPR-SA", DUE, DUE.minusSeconds(60), null)),
                entry("TC-2026-0002", clock("GDPR-SA", ClockStatus.WAIVED, DUE)),
                entry("TC-2026-0003", clock("GDPR-SA", ClockStatus.WAITING, null)))).isEmpty();
    }

    @Test
    void clocksOfDifferentCasesAndRulesAreAnnouncedSeparately() {
        DeadlineEntry otherCase = entry("TC-2026-0002", clock("GDPR-SA", ClockStatus.RUNNING, DUE));
        DeadlineEntry otherRule = entry("TC-2026-0001", clock("NIS2-EARLY", ClockStatus.RUNNING, DUE));
        List<DeadlineAlert> due = alerts.due(List.of(legal, otherCase, otherRule), DUE.minus(Duration.ofHours(5)));
        assertThat(due).extracting(alert -> alert.entry().reference().toString() + " " + alert.entry().ruleId())
                .containsExactly("TC-2026-0001 GDPR-SA", "TC-2026-0002 GDPR-SA", "TC-2026-0001 NIS2-EARLY");
        assertThat(due).extracting(DeadlineAlert::threshold).containsOnly(AlertThreshold.SIX_HOURS);
    }

    @Test
    void aDueTimeThatMovesIsAnnouncedAgain() {
        assertThat(at(Duration.ofMinutes(30), legal)).containsExactly(AlertThreshold.HOUR);
        DeadlineEntry moved = entry("TC-2026-0001", clock("GDPR-SA", ClockStatus.RUNNING, DUE.plusSeconds(600)));
        assertThat(at(Duration.ofMinutes(30), moved)).containsExactly(AlertThreshold.HOUR);
    }
}
