package org.trustcase.persistence.caseclocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustcase.model.caseclocks.AlertCrossings;
import org.trustcase.model.caseclocks.AlertWindow;
import org.trustcase.model.caseclocks.ClockListing;
import org.trustcase.model.caseclocks.IndexedClock;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.persistence.Workspace;
import org.trustcase.persistence.testing.SampleCases;

class JooqClockIndexTest {
    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");

    @TempDir
    Path dir;
    private Workspace workspace;
    private BreachCase a;
    private BreachCase b;

    @BeforeEach
    void create() {
        workspace = Workspace.create(dir);
        a = tx(() -> workspace.cases().insert(new CaseReference(2026, 1), SampleCases.requiredOnly(), CaseStatus.NEW, NOW));
        b = tx(() -> workspace.cases().insert(new CaseReference(2026, 2), SampleCases.requiredOnly(), CaseStatus.NEW, NOW));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private <T> T tx(Supplier<T> work) {
        return workspace.transactions().inTransaction(work);
    }

    private void index(BreachCase c, IndexedClock... clocks) {
        tx(() -> {
            workspace.clockIndex().replace(c.reference(), List.of(clocks));
            return null;
        });
    }

    private static IndexedClock running(String rule, Duration fromNow) {
        return new IndexedClock(rule, true, true, NOW.plus(fromNow));
    }

    @Test
    void theListRunsByDueInstantLongestOverdueFirstThenTheWaitingOnes() {
        index(a, running("GDPR-SA", Duration.ofHours(5)), new IndexedClock("GDPR-DS", false, true, null));
        index(b, running("NIS2-EW", Duration.ofHours(-3)), running("UK-ICO", Duration.ofHours(40)));
        var q = workspace.deadlineQueries();
        assertThat(tx(() -> q.page(false, 0, 10))).extracting(ClockListing::ruleId)
                .containsExactly("NIS2-EW", "GDPR-SA", "UK-ICO");
        assertThat(tx(() -> q.page(true, 0, 10))).extracting(ClockListing::ruleId)
                .containsExactly("NIS2-EW", "GDPR-SA", "UK-ICO", "GDPR-DS");
        assertThat(tx(() -> q.page(true, 2, 10))).extracting(ClockListing::ruleId).containsExactly("UK-ICO", "GDPR-DS");
        assertThat(tx(() -> q.page(true, 3, 10))).extracting(ClockListing::ruleId).containsExactly("GDPR-DS");
        assertThat(tx(q::countRunning)).isEqualTo(3);
        assertThat(tx(q::countWaiting)).isEqualTo(1);
        assertThat(tx(() -> q.countOverdue(NOW, true))).isEqualTo(1);
    }

    @Test
    void replacingACaseReplacesItsClocksAndItsNextOne() {
        index(a, running("GDPR-SA", Duration.ofHours(5)));
        index(a, running("UK-ICO", Duration.ofHours(9)));
        assertThat(tx(() -> workspace.deadlineQueries().page(false, 0, 10))).extracting(ClockListing::ruleId)
                .containsExactly("UK-ICO");
        index(a);
        assertThat(tx(workspace.deadlineQueries()::countRunning)).isZero();
    }

    @Test
    void eachLegalClockIsInTheMostUrgentAlertWindowItReached() {
        index(a, running("PASSED", Duration.ofMinutes(-1)), running("IN-1H", Duration.ofMinutes(30)),
                running("IN-6H", Duration.ofHours(2)), running("IN-24H", Duration.ofHours(20)),
                running("LATER", Duration.ofHours(30)), new IndexedClock("TARGET", true, false, NOW));
        Map<AlertWindow, String> expected = Map.of(AlertWindow.PASSED, "PASSED", AlertWindow.WITHIN_1H, "IN-1H",
                AlertWindow.WITHIN_6H, "IN-6H", AlertWindow.WITHIN_24H, "IN-24H");
        for (AlertWindow window : AlertWindow.values()) {
            AlertCrossings first = tx(() -> workspace.deadlineQueries().entered(window, null, NOW, 5));
            assertThat(first.count()).as(window.name()).isEqualTo(1);
            assertThat(first.first()).extracting(ClockListing::ruleId).containsExactly(expected.get(window));
        }
    }

    @Test
    void laterLooksGiveOnlyTheClocksThatEnteredAWindowSinceTheLastLook() {
        index(a, running("X", Duration.ofMinutes(61)), running("Y", Duration.ofMinutes(30)));
        Instant later = NOW.plus(Duration.ofMinutes(2));
        // X entered the 1-hour window between NOW and later; Y was already in it
        AlertCrossings within1h = tx(() -> workspace.deadlineQueries().entered(AlertWindow.WITHIN_1H, NOW, later, 5));
        assertThat(within1h.first()).extracting(ClockListing::ruleId).containsExactly("X");
        Instant passedY = NOW.plus(Duration.ofMinutes(31));
        AlertCrossings passed = tx(() -> workspace.deadlineQueries().entered(AlertWindow.PASSED, later, passedY, 5));
        assertThat(passed.first()).extracting(ClockListing::ruleId).containsExactly("Y");
        assertThat(tx(() -> workspace.deadlineQueries().entered(AlertWindow.PASSED, passedY, passedY.plusSeconds(60), 5))
                .count()).isZero();
    }

    @Test
    void theRulesFingerprintIsKept() {
        assertThat(tx(() -> workspace.clockIndex().rulesFingerprint()).isEmpty()).isTrue();
        tx(() -> {
            workspace.clockIndex().rulesFingerprint("abc");
            return null;
        });
        assertThat(tx(() -> workspace.clockIndex().rulesFingerprint().orElse(null))).isEqualTo("abc");
    }
}
