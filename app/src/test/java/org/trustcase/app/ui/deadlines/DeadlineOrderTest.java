package org.trustcase.app.ui.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trustcase.app.ui.deadlines.Clocks.clock;
import static org.trustcase.app.ui.deadlines.Clocks.open;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trustcase.model.caseclocks.CaseDeadlines;
import org.trustcase.model.deadlines.ClockStatus;

class DeadlineOrderTest {
    private static final Instant NOW = Instant.parse("2026-03-30T10:00:00Z");

    private final List<CaseDeadlines> cases = List.of(
            open("TC-2026-0001",
                    clock("GDPR-SA", ClockStatus.RUNNING, NOW.plus(Duration.ofHours(50))),
                    clock("GDPR-DS", ClockStatus.WAITING, null),
                    Clocks.met("NIS2-EARLY", NOW.minus(Duration.ofHours(3)), NOW.minus(Duration.ofHours(4)), null)),
            open("TC-2026-0002",
                    clock("GDPR-SA", ClockStatus.OVERDUE, NOW.minus(Duration.ofHours(2))),
                    clock("NIS2-EARLY", ClockStatus.RUNNING, NOW.plus(Duration.ofHours(3)))),
            open("TC-2026-0003",
                    clock("GDPR-SA", ClockStatus.OVERDUE, NOW.minus(Duration.ofDays(4))),
                    clock("GDPR-PROCESSOR", ClockStatus.NOT_APPLICABLE, null)));

    private static List<String> listed(List<DeadlineEntry> entries) {
        return entries.stream().map(entry -> entry.reference() + " " + entry.ruleId()).toList();
    }

    @Test
    void overdueOnTopThenTheSoonestDue() {
        assertThat(listed(DeadlineOrder.entries(cases, false, NOW))).containsExactly(
                "TC-2026-0003 GDPR-SA", "TC-2026-0002 GDPR-SA", "TC-2026-0002 NIS2-EARLY", "TC-2026-0001 GDPR-SA");
    }

    @Test
    void aRunningClockWhoseDueTimeHasPassedCountsAsOverdue() {
        Instant later = NOW.plus(Duration.ofHours(4));
        assertThat(ClockState.of(cases.get(1).clocks().get(1), later)).isEqualTo(ClockState.OVERDUE);
        assertThat(listed(DeadlineOrder.entries(cases, false, later))).startsWith(
                "TC-2026-0003 GDPR-SA", "TC-2026-0002 GDPR-SA", "TC-2026-0002 NIS2-EARLY");
    }

    @Test
    void waitingClocksOnRequestAtTheEnd() {
        assertThat(listed(DeadlineOrder.entries(cases, true, NOW))).containsExactly(
                "TC-2026-0003 GDPR-SA", "TC-2026-0002 GDPR-SA", "TC-2026-0002 NIS2-EARLY", "TC-2026-0001 GDPR-SA",
                "TC-2026-0001 GDPR-DS");
    }

    @Test
    void theStateFollowsTheClockLive() {
        var running = clock("GDPR-SA", ClockStatus.RUNNING, NOW.plus(Duration.ofHours(30)));
        assertThat(ClockState.of(running, NOW)).isEqualTo(ClockState.RUNNING);
        assertThat(ClockState.of(running, NOW.plus(Duration.ofHours(6)))).isEqualTo(ClockState.DUE_SOON);
        assertThat(ClockState.of(running, NOW.plus(Duration.ofHours(31)))).isEqualTo(ClockState.OVERDUE);
        assertThat(ClockState.of(Clocks.met("GDPR-SA", NOW, NOW.plusSeconds(1), "late"), NOW))
                .isEqualTo(ClockState.MET_LATE);
        assertThat(ClockState.of(Clocks.met("GDPR-SA", NOW, NOW, null), NOW)).isEqualTo(ClockState.MET);
    }
}
