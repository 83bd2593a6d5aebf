package org.trustcase.model.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trustcase.model.audit.AuditAction;
import org.trustcase.model.audit.AuditTrail;
import org.trustcase.model.audit.Checkpoint;
import org.trustcase.model.audit.CheckpointLog;
import org.trustcase.model.audit.FieldChange;
import org.trustcase.model.caseclocks.CaseClocks;
import org.trustcase.model.cases.CaseDetails;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.Jurisdiction;
import org.trustcase.model.casework.CaseService;
import org.trustcase.model.common.Actor;
import org.trustcase.model.deadlines.ClockEngine;
import org.trustcase.model.evidence.Annotation;
import org.trustcase.model.evidence.EvidenceService;
import org.trustcase.model.testing.Access;
import org.trustcase.model.testing.Cases;
import org.trustcase.model.testing.DirectTransactions;
import org.trustcase.model.testing.InMemoryAssessments;
import org.trustcase.model.testing.InMemoryAuditLog;
import org.trustcase.model.testing.InMemoryCaseClocks;
import org.trustcase.model.testing.InMemoryCaseRepository;
import org.trustcase.model.testing.InMemoryDecisions;
import org.trustcase.model.testing.InMemoryEvidence;
import org.trustcase.model.testing.InMemoryNotifications;
import org.trustcase.model.testing.InMemoryPastEvents;
import org.trustcase.model.testing.InMemoryRecipients;
import org.trustcase.model.testing.InMemoryTasks;
import org.trustcase.model.testing.InMemoryUsers;
import org.trustcase.model.testing.MutableClock;
import org.trustcase.model.timeline.TimelineReader;
import org.trustcase.model.workflow.Guards;
import org.trustcase.model.workflow.Workflow;

class ReportServiceTest {
    /** The figures' queries, which the case summary and the register do not read. */
    private static final ReportQueries NO_FIGURES = new ReportQueries() {
        @Override
        public TransparencyFigures transparency(int year, Instant from, Instant to) {
            throw new UnsupportedOperationException("not read here");
        }

        @Override
        public List<MonthlyBreaches> monthly(java.time.YearMonth from, java.time.YearMonth to) {
            throw new UnsupportedOperationException("not read here");
        }
    };

    private final MutableClock clock = new MutableClock(Instant.parse("2026-04-01T09:00:00Z"));
    private final InMemoryCaseRepository cases = new InMemoryCaseRepository();
    private final InMemoryAuditLog log = new InMemoryAuditLog();
    private final DirectTransactions transactions = new DirectTransactions();
    private final Actor acting = new Actor("marek", "Marek Lis", Set.of());
    private final AuditTrail trail = new AuditTrail(log, clock, () -> acting);
    private final InMemoryEvidence evidenceStore = new InMemoryEvidence();
    private final InMemoryCaseClocks clockStore = new InMemoryCaseClocks();
    private final Checkpoint signed = new Checkpoint(12, "ab".repeat(32), Instant.parse("2026-04-01T08:00:00Z"), "s");
    private final CheckpointLog checkpoints = new CheckpointLog() {
        @Override
        public Reading read() {
            return new Reading(List.of(new Checkpoint(3, "cd".repeat(32), Instant.parse("2026-03-30T08:00:00Z"), "s"),
                    signed), List.of());
        }

        @Override
        public Checkpoint sign(long events, String headHash, Instant at) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String publicKey() {
            return "key";
        }

        @Override
        public CheckpointLog trusting(String publicKey) {
            return this;
        }
    };
    private final InMemoryAssessments assessments = new InMemoryAssessments();
    private final InMemoryDecisions decisions = new InMemoryDecisions();
    private final ReportService reports = new ReportService(new ReportSources(cases, assessments, decisions,
            clockStore, new CaseClocks(ClockEngine.standard()), new InMemoryNotifications(), new InMemoryRecipients(),
            evidenceStore, new TimelineReader(new InMemoryPastEvents(), clockStore, new InMemoryTasks(), log),
            checkpoints, (reference, login) -> false, NO_FIGURES), trail, transactions, Access.allowAll(trail, transactions), clock,
            () -> acting);

    @Test
    void theSummaryHoldsTheRecordAndLeavesPrivilegedNotesOutUnlessAsked() {
        CaseService caseService = new CaseService(cases, trail, transactions, new Workflow(Guards.standard()), clock,
                Access.allowAll(trail, transactions));
        CaseDetails details = Cases.minimal().toBuilder().jurisdictions(List.of(new Jurisdiction("PL"))).build();
        CaseReference ref = caseService.open(details).reference();
        EvidenceService evidence = new EvidenceService(cases, evidenceStore, evidenceStore, trail, transactions, clock,
                Access.allowAll(trail, transactions), () -> acting, new InMemoryUsers());
        long item = evidence.add(ref, new ByteArrayInputStream("log".getBytes()), "vpn.log", "SIEM", null,
                bytes -> true).item().id();
        evidence.annotate(item, "The first login", new Annotation.Whole(), List.of(), false);
        evidence.annotate(item, "Counsel: this is notifiable", new Annotation.Whole(), List.of(), true);

        CaseSummary summary = reports.caseSummary(ref, false);

        assertThat(summary.breachCase().reference()).isEqualTo(ref);
        assertThat(summary.clocks()).extracting(c -> c.rule().id()).contains("GDPR-SA");
        assertThat(summary.evidence()).singleElement().satisfies(e -> {
            assertThat(e.item().originalName()).isEqualTo("vpn.log");
            assertThat(e.custodyEvents()).isPositive();
        });
        assertThat(summary.annotations()).extracting(Annotation::text).containsExactly("The first login");
        assertThat(summary.privilegedLeftOut()).isEqualTo(1);
        assertThat(summary.timeline()).isNotEmpty();
        assertThat(summary.checkpoint()).contains(signed);
        assertThat(summary.printedBy()).isEqualTo("Marek Lis");
        assertThat(log.list(ref.toString()).get(log.list(ref.toString()).size() - 1)).satisfies(event -> {
            assertThat(event.action()).isEqualTo(AuditAction.CASE_SUMMARY_PRINTED);
            assertThat(event.changes()).containsExactly(new FieldChange("privileged", null, "left out"));
        });

        CaseSummary withAdvice = reports.caseSummary(ref, true);
        assertThat(withAdvice.annotations()).hasSize(2);
        assertThat(withAdvice.privilegedLeftOut()).isZero();
        assertThat(withAdvice.privilegedIncluded()).isTrue();
    }

    @Test
    void aReviewersRegisterHoldsTheirCasesAndGoesOnPastPagesOfOthers() {
        CaseService caseService = new CaseService(cases, trail, transactions, new Workflow(Guards.standard()), clock,
                Access.allowAll(trail, transactions));
        List<CaseReference> opened = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            opened.add(caseService.open(Cases.minimal()).reference());
        }
        CaseReference theirs = opened.get(2);
        org.trustcase.model.access.Policy reviewer = new org.trustcase.model.access.Policy() {
            @Override
            public org.trustcase.model.access.Decision check(Actor actor, org.trustcase.model.access.UseCase useCase,
                    CaseReference reference) {
                return org.trustcase.model.access.Decision.allow();
            }

            @Override
            public String onlyCasesAssignedTo(Actor actor) {
                return "ewa";
            }
        };
        ReportService forReviewer = new ReportService(new ReportSources(cases, assessments, decisions, clockStore,
                new CaseClocks(ClockEngine.standard()), new InMemoryNotifications(), new InMemoryRecipients(),
                evidenceStore, new TimelineReader(new InMemoryPastEvents(), clockStore, new InMemoryTasks(), log),
                checkpoints, (reference, login) -> reference.equals(theirs) && login.equals("ewa"), NO_FIGURES),
                trail, transactions, Access.of(reviewer, trail, transactions), clock, () -> acting);
        Instant from = Instant.parse("2026-01-01T00:00:00Z");
        Instant to = Instant.parse("2027-01-01T00:00:00Z");

        ReportService.RegisterPage first = forReviewer.registerPage(from, to, 0, 2);
        assertThat(first.rows()).isEmpty();
        assertThat(first.more()).isTrue();
        ReportService.RegisterPage next = forReviewer.registerPage(from, to, first.nextAfterId(), 2);
        assertThat(next.rows()).extracting(r -> r.breachCase().reference()).containsExactly(theirs);
        assertThat(next.more()).isFalse();
        List<CaseReference> exported = new java.util.ArrayList<>();
        assertThat(forReviewer.register(from, to, row -> exported.add(row.breachCase().reference()))).isEqualTo(1);
        assertThat(exported).containsExactly(theirs);
        assertThat(reports.register(from, to, row -> { })).isEqualTo(3);
    }

    @Test
    void theRegisterKeepsTheCasesItsFilterKeepsAndTheExportRecordsTheFilter() {
        CaseService caseService = new CaseService(cases, trail, transactions, new Workflow(Guards.standard()), clock,
                Access.allowAll(trail, transactions));
        CaseReference leaked = caseService.open(Cases.minimal().toBuilder()
                .breachTypes(Set.of(org.trustcase.model.cases.BreachType.CONFIDENTIALITY)).build()).reference();
        CaseReference lost = caseService.open(Cases.minimal().toBuilder()
                .breachTypes(Set.of(org.trustcase.model.cases.BreachType.AVAILABILITY)).build()).reference();
        caseService.move(lost, null, org.trustcase.model.cases.CaseStatus.TRIAGE, null);
        Instant from = Instant.parse("2026-01-01T00:00:00Z");
        Instant to = Instant.parse("2027-01-01T00:00:00Z");
        RegisterFilter triage = new RegisterFilter(Set.of(org.trustcase.model.cases.CaseStatus.TRIAGE), Set.of(),
                Set.of(), RegisterFilter.AuthorityNotice.ANY);
        RegisterFilter confidentiality = new RegisterFilter(Set.of(), Set.of(),
                Set.of(org.trustcase.model.cases.BreachType.CONFIDENTIALITY), RegisterFilter.AuthorityNotice.ANY);
        RegisterFilter notified = new RegisterFilter(Set.of(), Set.of(), Set.of(),
                RegisterFilter.AuthorityNotice.NOTIFIED);
        RegisterFilter undecided = new RegisterFilter(Set.of(), Set.of(), Set.of(),
                RegisterFilter.AuthorityNotice.UNDECIDED);

        assertThat(reports.registerPage(from, to, triage, 0, 10).rows()).extracting(r -> r.breachCase().reference())
                .containsExactly(lost);
        assertThat(reports.registerPage(from, to, confidentiality, 0, 10).rows())
                .extracting(r -> r.breachCase().reference()).containsExactly(leaked);
        assertThat(reports.registerPage(from, to, notified, 0, 10).rows()).isEmpty();
        assertThat(reports.registerPage(from, to, undecided, 0, 10).rows()).hasSize(2);
        assertThat(reports.registerPage(from, to, RegisterFilter.ALL, 0, 10).rows()).hasSize(2);

        List<CaseReference> exported = new java.util.ArrayList<>();
        assertThat(reports.register(from, to, triage, row -> exported.add(row.breachCase().reference()))).isEqualTo(1);
        assertThat(exported).containsExactly(lost);
        assertThat(log.list().get(log.list().size() - 1).changes())
                .contains(new FieldChange("filter", null, "status=triage"), new FieldChange("rows", null, "1"));
    }
}
