package org.trustcase.persistence.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.trustcase.model.caseclocks.AlertWindow;
import org.trustcase.model.caseclocks.CaseClocks;
import org.trustcase.model.caseclocks.ClockIndexer;
import org.trustcase.model.caselist.CaseQuery;
import org.trustcase.model.caselist.CaseSort;
import org.trustcase.model.cases.CaseDetails;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.cases.Jurisdiction;
import org.trustcase.model.deadlines.ClockEngine;
import org.trustcase.persistence.Workspace;
import org.trustcase.persistence.testing.SampleCases;

/**
 * Every read the window and the command line make, on 100,000 open cases: none may load them all at once or
 * build a statement whose size grows with the number of cases (SQLite refuses those with SQLITE_TOOBIG). Not
 * timed: the benchmark profile measures speed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HundredThousandOpenCasesTest {
    private static final int CASES = 100_000;
    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    @TempDir
    static Path dir;
    private Workspace workspace;
    private ClockIndexer indexer;

    @BeforeAll
    void fill() {
        workspace = Workspace.create(dir);
        CaseDetails details = SampleCases.requiredOnly().toBuilder().jurisdictions(List.of(new Jurisdiction("PL")))
                .build();
        tx(() -> {
            for (int i = 1; i <= CASES; i++) {
                CaseDetails d = details.toBuilder().title("Case " + i)
                        .awareAt(NOW.minus(Duration.ofMinutes(i))).build();
                workspace.cases().insert(new CaseReference(2026, i), d, CaseStatus.TRIAGE, NOW);
            }
            return null;
        });
        indexer = new ClockIndexer(workspace.cases(), workspace.caseClocks(), workspace.assessments(),
                workspace.decisions(), new CaseClocks(ClockEngine.standard()), workspace.clockIndex(),
                Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(indexer.rebuild(workspace.transactions(), ClockIndexer.Progress.NONE)).isTrue();
    }

    @AfterAll
    void close() {
        workspace.close();
    }

    private <T> T tx(Supplier<T> work) {
        return workspace.transactions().inTransaction(work);
    }

    @Test
    void theRebuiltIndexHoldsEveryOpenCaseAndIsCurrent() {
        assertThat(tx(indexer::isCurrent)).isTrue();
        // GDPR-SA runs for every case (aware within the last 70 days, 72 hours to notify)
        assertThat(tx(() -> workspace.deadlineQueries().countRunning())).isGreaterThanOrEqualTo(CASES);
        assertThat(tx(() -> workspace.deadlineQueries().countOverdue(NOW, true))).isPositive();
    }

    @Test
    void casePagesCountsAndFiguresAnswer() {
        assertThat(tx(() -> workspace.caseQueries().count(CaseQuery.open()))).isEqualTo(CASES);
        assertThat(tx(() -> workspace.caseQueries().page(CaseQuery.ALL, 0, 200))).hasSize(200)
                .first().satisfies(row -> assertThat(row.reference()).isEqualTo(new CaseReference(2026, CASES)));
        assertThat(tx(() -> workspace.caseQueries().page(CaseQuery.ALL.sortedBy(CaseSort.NEXT_DEADLINE, false),
                CASES - 10, 200))).hasSize(10);
        CaseQuery search = CaseQuery.ALL.withTerms(List.of(new CaseQuery.Term("case 9999", java.util.Set.of())));
        assertThat(tx(() -> workspace.caseQueries().count(search))).isEqualTo(11);
        assertThat(tx(() -> workspace.caseQueries().page(search, 0, 200))).hasSize(11);
        // a word every case holds: the page is found by reading the cases in order, the count from the index
        CaseQuery common = CaseQuery.ALL.withTerms(List.of(new CaseQuery.Term("case", java.util.Set.of())));
        assertThat(tx(() -> workspace.caseQueries().page(common, 0, 200))).hasSize(200).first()
                .satisfies(row -> assertThat(row.reference()).isEqualTo(new CaseReference(2026, CASES)));
        assertThat(tx(() -> workspace.caseQueries().count(common))).isEqualTo(CASES);
        var figures = tx(() -> workspace.caseQueries().figures(NOW, Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2027-01-01T00:00:00Z"), org.trustcase.model.deadlines.RuleCatalog.standard().coverage()));
        assertThat(figures.openTotal()).isEqualTo(CASES);
        assertThat(figures.openedInYear()).isEqualTo(CASES);
    }

    @Test
    void deadlinePagesAndAlertWindowsAnswer() {
        assertThat(tx(() -> workspace.deadlineQueries().page(true, 0, 200))).hasSize(200);
        long passed = tx(() -> workspace.deadlineQueries().entered(AlertWindow.PASSED, null, NOW, 3)).count();
        assertThat(passed).isPositive();
        assertThat(tx(() -> workspace.deadlineQueries().entered(AlertWindow.PASSED, null, NOW, 3)).first()).hasSize(3);
    }

    @Test
    void everyCaseCanBeStreamedInTurn() {
        AtomicLong seen = new AtomicLong();
        tx(() -> {
            workspace.caseQueries().forEach(CaseQuery.ALL, c -> seen.incrementAndGet());
            return null;
        });
        assertThat(seen.get()).isEqualTo(CASES);
    }
}
