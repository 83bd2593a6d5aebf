package org.trustcase.model.reports;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.trustcase.model.access.AccessControl;
import org.trustcase.model.access.UseCase;
import org.trustcase.model.assessment.Assessment;
import org.trustcase.model.assessment.NotificationDecision;
import org.trustcase.model.audit.AuditAction;
import org.trustcase.model.audit.AuditTrail;
import org.trustcase.model.audit.Checkpoint;
import org.trustcase.model.audit.FieldChange;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.common.Actor;
import org.trustcase.model.caseclocks.ClockOutcome;
import org.trustcase.model.common.TransactionRunner;
import org.trustcase.model.common.ValidationException;
import org.trustcase.model.notifications.AuthorityDraft;
import org.trustcase.model.notifications.NotificationTarget;
import org.trustcase.model.notifications.SentNotification;
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
     * The transparency report's figures of a year (the cases the organisation became aware of in {@code [from, to)},
     * the year in its time zone): aggregated, with no personal data. Its making is audited.
     */
    public TransparencyFigures transparency(int year, Instant from, Instant to) {
        access.require(UseCase.REPORT_TRANSPARENCY, null);
        if (!from.isBefore(to)) {
            throw new ValidationException("year", "reporting.period-empty", from, to);
        }
        TransparencyFigures figures = transactions.read(() -> sources.queries().transparency(year, from, to));
        transactions.inTransaction(() -> trail.record(AuditAction.TRANSPARENCY_REPORTED, null, List.of(
                new FieldChange("year", null, Integer.toString(year))), null));
        return figures;
    }

    /** The dashboard's figures of notification: the year's (as the transparency report counts them) and by month. */
    public record DashboardFigures(TransparencyFigures year, List<MonthlyBreaches> months) {
    }

    /**
     * The dashboard's figures: the year's notifications to the authority (how many within 72 hours, the median hours)
     * and the breaches of the last {@code months} months by kind. A read, across every case.
     */
    public DashboardFigures dashboard(int year, Instant from, Instant to, java.time.YearMonth lastMonth, int months) {
        access.require(UseCase.REPORT_FIGURES, null);
        return transactions.read(() -> new DashboardFigures(sources.queries().transparency(year, from, to),
                sources.queries().monthly(lastMonth.minusMonths(months - 1L), lastMonth)));
    }

    /** How many cases the register reads at a time: memory stays the same whatever the period holds. */
    static final int REGISTER_BATCH = 500;

    /**
     * The breach register of a period: every case the organisation became aware of in {@code [from, to)}, oldest
     * first, handed to {@code sink} a batch at a time (memory stays constant). A legal reviewer's register holds their
     * cases. The export is audited. Returns how many rows were written.
     */
    public long register(Instant from, Instant to, Consumer<RegisterRow> sink) {
        return register(from, to, RegisterFilter.ALL, sink);
    }

    /** The breach register of a period, as {@link #register(Instant, Instant, Consumer)}, of the cases {@code filter} keeps. */
    public long register(Instant from, Instant to, RegisterFilter filter, Consumer<RegisterRow> sink) {
        access.require(UseCase.REGISTER_EXPORT, null);
        Objects.requireNonNull(filter, "filter");
        if (!from.isBefore(to)) {
            throw new ValidationException("to", "reporting.period-empty", from, to);
        }
        String onlyAssignedTo = access.onlyCasesAssignedTo();
        long written = 0;
        long afterId = 0;
        while (true) {
            long after = afterId;
            RegisterPage page = transactions.read(() -> registerBatch(from, to, after, onlyAssignedTo, filter,
                    REGISTER_BATCH));
            for (RegisterRow row : page.rows()) {
                sink.accept(row);
            }
            written += page.rows().size();
            if (!page.more()) {
                break;
            }
            afterId = page.nextAfterId();
        }
        List<FieldChange> changes = new ArrayList<>(List.of(new FieldChange("from", null, from.toString()),
                new FieldChange("to", null, to.toString()), new FieldChange("rows", null, Long.toString(written))));
        if (!filter.keepsAll()) {
            changes.add(new FieldChange("filter", null, filter.codes()));
        }
        transactions.inTransaction(() -> trail.record(AuditAction.REGISTER_EXPORTED, null, changes, null));
        return written;
    }

    /**
     * A page of the breach register of {@code [from, to)} to show: up to {@code limit} cases after the one with id
     * {@code afterId}, oldest first. A read: the screen shows what the person may read (a legal reviewer, their cases).
     */
    public RegisterPage registerPage(Instant from, Instant to, long afterId, int limit) {
        return registerPage(from, to, RegisterFilter.ALL, afterId, limit);
    }

    /**
     * A page of the breach register, as {@link #registerPage(Instant, Instant, long, int)}, of the cases {@code filter}
     * keeps: the page holds those of the cases read that it keeps, so it may be short, or empty with more to read.
     */
    public RegisterPage registerPage(Instant from, Instant to, RegisterFilter filter, long afterId, int limit) {
        access.require(UseCase.REGISTER_LIST, null);
        Objects.requireNonNull(filter, "filter");
        if (!from.isBefore(to)) {
            return new RegisterPage(List.of(), afterId, false);
        }
        String onlyAssignedTo = access.onlyCasesAssignedTo();
        int capped = Math.max(1, Math.min(limit, REGISTER_BATCH));
        return transactions.read(() -> registerBatch(from, to, afterId, onlyAssignedTo, filter, capped));
    }

    /**
     * A page of the register: its rows, where the next page starts, and whether there may be more (the cases read
     * filled the page; a legal reviewer's page may hold fewer rows than cases read).
     */
    public record RegisterPage(List<RegisterRow> rows, long nextAfterId, boolean more) {
        public RegisterPage {
            rows = List.copyOf(rows);
        }
    }

    private RegisterPage registerBatch(Instant from, Instant to, long afterId, String onlyAssignedTo,
            RegisterFilter filter, int limit) {
        List<BreachCase> cases = sources.cases().findAware(from, to, afterId, limit);
        List<CaseReference> references = cases.stream().map(BreachCase::reference).toList();
        var assessments = sources.assessments().latest(references);
        var decisions = sources.decisions().latest(references);
        var facts = sources.clockFacts().facts(references);
        var notified = sources.notifications().list(references);
        var drafts = sources.notifications().drafts(references);
        List<RegisterRow> rows = new ArrayList<>();
        for (BreachCase c : cases) {
            if (onlyAssignedTo != null && !sources.assignments().isAssigned(c.reference(), onlyAssignedTo)) {
                continue;
            }
            Assessment assessment = assessments.get(c.reference());
            NotificationDecision decision = decisions.get(c.reference());
            List<SentNotification> sent = notified.getOrDefault(c.reference(), List.of());
            Optional<SentNotification> authority = sent.stream()
                    .filter(n -> n.target() == NotificationTarget.AUTHORITY).findFirst();
            Optional<SentNotification> letters = sent.stream()
                    .filter(n -> n.rulesMet().contains("GDPR-DS")).findFirst();
            ClockOutcome toSubjects = Optional.ofNullable(facts.get(c.reference()))
                    .map(f -> f.outcomes().get("GDPR-DS")).orElse(null);
            // the authority was notified when its clock was met, whether or not the notification itself was recorded
            Instant authorityMet = Optional.ofNullable(facts.get(c.reference())).flatMap(f -> java.util.stream.Stream
                    .of("GDPR-SA", "UK-ICO").map(f.outcomes()::get).filter(o -> o != null
                            && o.kind() == ClockOutcome.Kind.MET).map(ClockOutcome::at).min(Instant::compareTo))
                    .orElse(null);
            String consequences = Optional.ofNullable(drafts.get(c.reference())).map(AuthorityDraft::consequences)
                    .orElse(assessment == null ? null : assessment.narrative());
            RegisterRow row = new RegisterRow(c, consequences, authority.map(SentNotification::sentAt).orElse(authorityMet),
                    authority.map(SentNotification::reference).orElse(null),
                    authority.map(SentNotification::delayReason).orElse(null),
                    decision == null ? null : decision.decision().notifyAuthority(),
                    toSubjects != null && toSubjects.kind() == ClockOutcome.Kind.MET ? toSubjects.at()
                            : letters.map(SentNotification::sentAt).orElse(null),
                    letters.map(SentNotification::channel).orElse(null),
                    decision == null ? null : decision.decision().notifySubjects(),
                    decision == null ? null : decision.decision().exception(),
                    assessment == null ? null : assessment.result().band());
            if (filter.admits(row)) {
                rows.add(row);
            }
        }
        return new RegisterPage(rows, cases.isEmpty() ? afterId : cases.get(cases.size() - 1).id(),
                cases.size() == limit);
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
