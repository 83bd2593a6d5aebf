package org.trustcase.persistence.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustcase.model.caseclocks.ClockOutcome;
import org.trustcase.model.cases.BreachCause;
import org.trustcase.model.cases.BreachType;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.reports.TransparencyFigures;
import org.trustcase.persistence.Workspace;
import org.trustcase.persistence.testing.SampleCases;

/** A year's transparency figures counted by the database on a real workspace file. */
class ReportFiguresOnSqliteTest {
    private static final Instant YEAR = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant NEXT = Instant.parse("2027-01-01T00:00:00Z");

    @TempDir
    Path dir;
    private Workspace workspace;
    private int seq;

    @BeforeEach
    void create() {
        workspace = Workspace.create(dir);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private CaseReference breach(Instant aware, CaseStatus status, Set<BreachType> types, BreachCause cause) {
        int n = ++seq;
        return tx(() -> workspace.cases().insert(new CaseReference(2026, n), SampleCases.requiredOnly().toBuilder()
                .awareAt(aware).breachTypes(types).cause(cause).build(), status, aware).reference());
    }

    private void notified(CaseReference ref, Instant at) {
        tx(() -> {
            workspace.caseClocks().putOutcome(ref, new ClockOutcome("GDPR-SA", ClockOutcome.Kind.MET, at, null, "dpo",
                    at, null));
            return null;
        });
    }

    @Test
    void theFiguresCountBreachesByKindAndCauseAndTheTimeToNotify() {
        Instant march = Instant.parse("2026-03-01T08:00:00Z");
        CaseReference fast = breach(march, CaseStatus.CLOSED, Set.of(BreachType.CONFIDENTIALITY),
                BreachCause.EXTERNAL_MALICIOUS);
        CaseReference slow = breach(march, CaseStatus.INVESTIGATING, Set.of(BreachType.CONFIDENTIALITY,
                BreachType.AVAILABILITY), BreachCause.EXTERNAL_MALICIOUS);
        CaseReference middle = breach(march, CaseStatus.NOTIFYING, Set.of(BreachType.INTEGRITY),
                BreachCause.INTERNAL_ACCIDENTAL);
        breach(march, CaseStatus.NOT_A_BREACH, Set.of(BreachType.CONFIDENTIALITY), BreachCause.SYSTEM_FAILURE);
        breach(Instant.parse("2025-12-31T23:00:00Z"), CaseStatus.NEW, Set.of(BreachType.CONFIDENTIALITY), null);
        notified(fast, march.plus(Duration.ofHours(10)));
        notified(middle, march.plus(Duration.ofHours(40)));
        notified(slow, march.plus(Duration.ofHours(100)));
        tx(() -> {
            workspace.caseClocks().putOutcome(fast, new ClockOutcome("GDPR-DS", ClockOutcome.Kind.MET,
                    march.plus(Duration.ofDays(2)), null, "dpo", march.plus(Duration.ofDays(2)), null));
            return null;
        });

        TransparencyFigures figures = tx(() -> workspace.reportQueries().transparency(2026, YEAR, NEXT));

        assertThat(figures.cases()).isEqualTo(4);
        assertThat(figures.notBreaches()).isEqualTo(1);
        assertThat(figures.breaches()).isEqualTo(3);
        assertThat(figures.byType()).isEqualTo(Map.of(BreachType.CONFIDENTIALITY, 2L, BreachType.AVAILABILITY, 1L,
                BreachType.INTEGRITY, 1L));
        assertThat(figures.byCause()).isEqualTo(Map.of(BreachCause.EXTERNAL_MALICIOUS, 2L,
                BreachCause.INTERNAL_ACCIDENTAL, 1L));
        assertThat(figures.authorityNotified()).isEqualTo(3);
        assertThat(figures.notifiedWithin72Hours()).isEqualTo(2);
        assertThat(figures.medianHoursToNotify()).isCloseTo(40.0, within(0.01));
        assertThat(figures.subjectsTold()).isEqualTo(1);

        notified(breach(march, CaseStatus.NEW, Set.of(), null), march.plus(Duration.ofHours(20)));
        assertThat(tx(() -> workspace.reportQueries().transparency(2026, YEAR, NEXT)).medianHoursToNotify())
                .isCloseTo(30.0, within(0.01));
    }

    @Test
    void onlyAClocksCurrentOutcomeCounts() {
        Instant march = Instant.parse("2026-03-01T08:00:00Z");
        CaseReference corrected = breach(march, CaseStatus.NOTIFYING, Set.of(BreachType.CONFIDENTIALITY), null);
        CaseReference withdrawn = breach(march, CaseStatus.NOTIFYING, Set.of(BreachType.CONFIDENTIALITY), null);
        notified(corrected, march.plus(Duration.ofHours(10)));
        notified(withdrawn, march.plus(Duration.ofHours(20)));
        tx(() -> {
            // the first time was a typing error: the notification went out after 90 hours
            workspace.caseClocks().putOutcome(corrected, new ClockOutcome("GDPR-SA", ClockOutcome.Kind.MET,
                    march.plus(Duration.ofHours(90)), "late: weekend", "dpo", march, "wrong day typed"));
            workspace.caseClocks().putOutcome(withdrawn, new ClockOutcome("GDPR-SA", ClockOutcome.Kind.WITHDRAWN,
                    march, null, "dpo", march, "recorded on the wrong case"));
            // the people were told, then the time corrected: one breach told, not two
            for (int i = 0; i < 2; i++) {
                workspace.caseClocks().putOutcome(corrected, new ClockOutcome("GDPR-DS", ClockOutcome.Kind.MET,
                        march.plus(Duration.ofDays(4 + i)), null, "dpo", march, i == 0 ? null : "a day later"));
            }
            return null;
        });

        TransparencyFigures figures = tx(() -> workspace.reportQueries().transparency(2026, YEAR, NEXT));

        assertThat(figures.authorityNotified()).isEqualTo(1);
        assertThat(figures.notifiedWithin72Hours()).isZero();
        assertThat(figures.medianHoursToNotify()).isCloseTo(90.0, within(0.01));
        assertThat(figures.subjectsTold()).isEqualTo(1);
    }

    @Test
    void breachesAreCountedByMonthAndKind() {
        breach(Instant.parse("2026-01-15T08:00:00Z"), CaseStatus.NEW, Set.of(BreachType.CONFIDENTIALITY), null);
        breach(Instant.parse("2026-03-01T08:00:00Z"), CaseStatus.NEW, Set.of(BreachType.CONFIDENTIALITY,
                BreachType.AVAILABILITY), null);
        breach(Instant.parse("2026-03-31T23:00:00Z"), CaseStatus.NEW, Set.of(BreachType.CONFIDENTIALITY), null);
        breach(Instant.parse("2026-03-20T08:00:00Z"), CaseStatus.NOT_A_BREACH, Set.of(BreachType.INTEGRITY), null);
        breach(Instant.parse("2026-04-01T00:00:00Z"), CaseStatus.NEW, Set.of(BreachType.INTEGRITY), null);

        var months = tx(() -> workspace.reportQueries().monthly(java.time.YearMonth.of(2026, 2),
                java.time.YearMonth.of(2026, 3)));

        assertThat(months).singleElement().satisfies(march -> {
            assertThat(march.month()).isEqualTo(java.time.YearMonth.of(2026, 3));
            assertThat(march.byType()).isEqualTo(Map.of(BreachType.CONFIDENTIALITY, 2L, BreachType.AVAILABILITY, 1L));
        });
    }

    @Test
    void aYearWithoutCasesHasNoMedian() {
        TransparencyFigures figures = tx(() -> workspace.reportQueries().transparency(2026, YEAR, NEXT));
        assertThat(figures.cases()).isZero();
        assertThat(figures.medianHoursToNotify()).isNull();
    }

    private <T> T tx(Supplier<T> work) {
        return workspace.transactions().inTransaction(work::get);
    }
}
