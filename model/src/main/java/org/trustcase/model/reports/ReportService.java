package org.trustcase.model.reports;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.trustcase.model.access.AccessControl;
import org.trustcase.model.access.UseCase;
import org.trustcase.model.audit.AuditAction;
import org.trustcase.model.audit.AuditTrail;
import org.trustcase.model.audit.Checkpoint;
import org.trustcase.model.audit.FieldChange;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.common.Actor;
import org.trustcase.model.common.TransactionRunner;
import org.trustcase.model.evidence.Annotation;
import org.trustcase.model.evidence.CustodyEvent;
import org.trustcase.model.evidence.EvidenceItem;

/**
 * The reports made of the record: a case's summary, to print or save as PDF. What leaves the workspace on paper is
 * audited: who printed which case, and whether privileged annotations went with it.
 */
public final class ReportService {
    private final ReportSources sources;
    private final AuditTrail trail;
    private final TransactionRunner transactions;
    private final AccessControl access;
    private final Clock clock;
    private final Supplier<Actor> actor;

    public ReportService(ReportSources sources, AuditTrail trail, TransactionRunner transactions,
            AccessControl access, Clock clock, Supplier<Actor> actor) {
        this.sources = Objects.requireNonNull(sources, "sources");
        this.trail = Objects.requireNonNull(trail, "trail");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.access = Objects.requireNonNull(access, "access");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.actor = Objects.requireNonNull(actor, "actor");
    }

    /**
     * Everything the case's summary shows, as recorded now; privileged annotations (legal advice) only when
     * {@code includePrivileged}. The summary's making is audited with the case.
     */
    public CaseSummary caseSummary(CaseReference reference, boolean includePrivileged) {
        access.require(UseCase.REPORT_CASE, reference);
        Instant now = clock.instant();
        String who = actor.get().name();
        CaseSummary made = transactions.read(() -> {
            BreachCase c = sources.cases().require(reference);
            List<CaseSummary.Evidence> evidence = new ArrayList<>();
            for (EvidenceItem item : sources.evidence().list(reference)) {
                List<CustodyEvent> custody = sources.evidence().custody(item.id());
                evidence.add(new CaseSummary.Evidence(item, custody.size(),
                        custody.isEmpty() ? null : custody.get(custody.size() - 1)));
            }
            List<Annotation> all = sources.evidence().caseAnnotations(reference);
            List<Annotation> shown = includePrivileged ? all : all.stream().filter(a -> !a.privileged()).toList();
            Optional<Checkpoint> checkpoint = sources.checkpoints().read().checkpoints().stream()
                    .max(Comparator.comparingLong(Checkpoint::events));
            CaseSummary summary = new CaseSummary(c, sources.assessments().list(reference),
                    sources.decisions().list(reference),
                    sources.clocks().compute(c, sources.clockFacts().facts(reference),
                            sources.decisions().latest(reference), sources.assessments().latest(reference), now),
                    sources.notifications().list(reference), sources.recipients().counts(reference), evidence, shown,
                    all.size() - shown.size(), sources.timeline().read(c), checkpoint, now, who, includePrivileged);
            return summary;
        });
        transactions.inTransaction(() -> trail.record(AuditAction.CASE_SUMMARY_PRINTED, reference, List.of(
                new FieldChange("privileged", null, includePrivileged ? "included" : "left out")), null));
        return made;
    }
}
