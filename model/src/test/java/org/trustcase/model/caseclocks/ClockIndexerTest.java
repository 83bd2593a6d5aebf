package org.trustcase.model.caseclocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trustcase.model.assessment.AssessmentService;
import org.trustcase.model.assessment.DecisionDraft;
import org.trustcase.model.audit.AuditTrail;
import org.trustcase.model.cases.CaseDetails;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.cases.Jurisdiction;
import org.trustcase.model.casework.CaseService;
import org.trustcase.model.common.Actor;
import org.trustcase.model.deadlines.ClockEngine;
import org.trustcase.model.deadlines.DeadlineEvent;
import org.trustcase.model.severity.DataType;
import org.trustcase.model.severity.IdentificationEase;
import org.trustcase.model.severity.SeverityInputs;
import org.trustcase.model.severity.SeverityMethod;
import org.trustcase.model.testing.Access;
import org.trustcase.model.testing.Cases;
import org.trustcase.model.testing.DirectTransactions;
import org.trustcase.model.testing.InMemoryAssessments;
import org.trustcase.model.testing.InMemoryAuditLog;
import org.trustcase.model.testing.InMemoryCaseClocks;
import org.trustcase.model.testing.InMemoryCaseRepository;
import org.trustcase.model.testing.InMemoryClockIndex;
import org.trustcase.model.testing.InMemoryDecisions;
import org.trustcase.model.testing.MutableClock;
import org.trustcase.model.workflow.Guards;
import org.trustcase.model.workflow.Workflow;

/** The deadline index follows every use case that changes what clocks are computed from. */
class ClockIndexerTest {
    private static final Instant GDPR_DUE = Instant.parse("2026-03-30T10:00:00Z");
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-28T09:00:00Z"));
    private final InMemoryCaseRepository caseRepository = new InMemoryCaseRepository();
    private final InMemoryAssessments assessmentRepository = new InMemoryAssessments();
    private final InMemoryDecisions decisionRepository = new InMemoryDecisions();
    private final InMemoryCaseClocks clockRepository = new InMemoryCaseClocks();
    private final InMemoryClockIndex index = new InMemoryClockIndex(caseRepository);
    private final DirectTransactions transactions = new DirectTransactions();
    private final AuditTrail trail = new AuditTrail(new InMemoryAuditLog(), clock, () -> new Actor("dpo"));
    private final CaseClocks caseClocks = new CaseClocks(ClockEngine.standard());
    private final ClockIndexer indexer = new ClockIndexer(caseRepository, clockRepository, assessmentRepository,
            decisionRepository, caseClocks, index, clock);
    private final CaseClockService clocks = new CaseClockService(caseRepository, clockRepository, assessmentRepository,
            decisionRepository, caseClocks, trail, transactions, clock, () -> new Actor("dpo"),
            Access.allowAll(trail, transactions), indexer);
    private final AssessmentService assessments = new AssessmentService(caseRepository, assessmentRepository,
            decisionRepository, trail, transactions, SeverityMethod.standard(), clock, () -> new Actor("dpo"),
            Access.allowAll(trail, transactions), indexer);
    private final CaseService cases = new CaseService(caseRepository, trail, transactions,
            new Workflow(Guards.standard()), clock, Access.allowAll(trail, transactions), indexer);
    private CaseReference ref;

    @BeforeEach
    void openPolishCase() {
        CaseDetails details = Cases.complete().toBuilder().jurisdictions(List.of(new Jurisdiction("PL"))).build();
        ref = cases.open(details).reference();
    }

    private List<IndexedClock> indexed() {
        return index.contents().getOrDefault(ref, List.of());
    }

    private IndexedClock indexed(String ruleId) {
        return indexed().stream().filter(c -> c.ruleId().equals(ruleId)).findFirst().orElse(null);
    }

    @Test
    void casesOfAPageComeWithTheirClocksAndTheNextOne() {
        var listed = indexer.clocksOf(List.of(ref, new CaseReference(2026, 999)));
        assertThat(listed.values()).singleElement().satisfies(cd -> {
            assertThat(cd.next()).map(c -> c.rule().id()).contains("GDPR-SA");
            assertThat(cd.breachCase().reference()).isEqualTo(ref);
        });
    }

    @Test
    void aNewCaseIsIndexedWithItsRunningClock() {
        assertThat(indexed("GDPR-SA")).isEqualTo(new IndexedClock("GDPR-SA", true, true, GDPR_DUE));
    }

    @Test
    void theIndexHoldsWhatTheClocksSayStillRunsOrWaits() {
        var expected = ClockIndexer.indexed(clocks.list(ref).clocks());
        assertThat(indexed()).containsExactlyInAnyOrderElementsOf(expected).isNotEmpty();
    }

    @Test
    void anEditOfTheAwarenessMovesTheDueInstant() {
        var current = cases.get(ref);
        cases.update(ref, current.version(),
                current.details().toBuilder().awareAt(Instant.parse("2026-03-28T08:00:00Z")).build());
        assertThat(indexed("GDPR-SA").dueAt()).isEqualTo(Instant.parse("2026-03-31T08:00:00Z"));
    }

    @Test
    void aRecordedEventMovesTheDueInstant() {
        clocks.recordEvent(ref, DeadlineEvent.AWARE, Instant.parse("2026-03-28T07:00:00Z"));
        assertThat(indexed("GDPR-SA").dueAt()).isEqualTo(Instant.parse("2026-03-31T07:00:00Z"));
    }

    @Test
    void aMetOrWaivedClockLeavesTheIndex() {
        clocks.meet(ref, "GDPR-SA", Instant.parse("2026-03-28T08:00:00Z"), null);
        assertThat(indexed("GDPR-SA")).isNull();
    }

    @Test
    void aDecisionToTellTheSubjectsStartsTheirClock() {
        assertThat(indexed("GDPR-DS")).isNull();
        assessments.assess(ref, new SeverityInputs(DataType.FINANCIAL, List.of(), IdentificationEase.MAXIMUM,
                new BigDecimal("0.5"), BigDecimal.ZERO, BigDecimal.ZERO, false), null);
        assessments.decide(ref, new DecisionDraft(true, "risk", true, "high risk", null, null));
        assertThat(indexed("GDPR-DS")).isNotNull();
    }

    @Test
    void aClosedCaseLeavesTheIndexAndAReopenedOneComesBack() {
        cases.move(ref, null, CaseStatus.NOT_A_BREACH, "no personal data involved");
        assertThat(index.contents()).doesNotContainKey(ref);
        cases.move(ref, null, CaseStatus.TRIAGE, "personal data found after all");
        assertThat(indexed("GDPR-SA")).isNotNull();
    }

    @Test
    void aRebuildIndexesEveryOpenCaseInBatchesAndMarksTheIndexCurrent() {
        List<CaseReference> opened = new ArrayList<>();
        for (int i = 0; i < ClockIndexer.BATCH + 3; i++) {
            opened.add(cases.open(Cases.complete().toBuilder().jurisdictions(List.of(new Jurisdiction("PL"))).build())
                    .reference());
        }
        cases.move(opened.get(0), null, CaseStatus.NOT_A_BREACH, "no personal data");
        index.clear();
        assertThat(transactions.inTransaction(indexer::isCurrent)).isFalse();
        AtomicInteger reports = new AtomicInteger();
        boolean finished = indexer.rebuild(transactions, new ClockIndexer.Progress() {
            @Override
            public void done(long done, long total) {
                reports.incrementAndGet();
                assertThat(total).isEqualTo(ClockIndexer.BATCH + 3);
            }
        });
        assertThat(finished).isTrue();
        assertThat(reports.get()).isEqualTo(2);
        assertThat(index.contents()).hasSize(ClockIndexer.BATCH + 3).doesNotContainKey(opened.get(0)).containsKey(ref);
        assertThat(transactions.inTransaction(indexer::isCurrent)).isTrue();
    }

    @Test
    void aCancelledRebuildLeavesTheIndexNotCurrent() {
        indexer.markCurrent();
        boolean finished = indexer.rebuild(transactions, new ClockIndexer.Progress() {
            @Override
            public BooleanSupplier cancelled() {
                return () -> true;
            }
        });
        assertThat(finished).isFalse();
        assertThat(indexer.isCurrent()).isFalse();
    }
}
