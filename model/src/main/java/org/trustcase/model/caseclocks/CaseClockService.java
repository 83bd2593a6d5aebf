package org.trustcase.model.caseclocks;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.trustcase.model.access.AccessControl;
import org.trustcase.model.access.UseCase;
import org.trustcase.model.assessment.Assessment;
import org.trustcase.model.assessment.AssessmentRepository;
import org.trustcase.model.assessment.DecisionRepository;
import org.trustcase.model.assessment.NotificationDecision;
import org.trustcase.model.audit.AuditAction;
import org.trustcase.model.audit.AuditTrail;
import org.trustcase.model.audit.FieldChange;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.CaseChangeListener;
import org.trustcase.model.cases.CaseDetails;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.CaseRepository;
import org.trustcase.model.casework.CaseDetailsWriter;
import org.trustcase.model.casework.SettledCases;
import org.trustcase.model.common.Actor;
import org.trustcase.model.common.FieldError;
import org.trustcase.model.common.Problem;
import org.trustcase.model.common.RuleViolationException;
import org.trustcase.model.common.TransactionRunner;
import org.trustcase.model.common.ValidationException;
import org.trustcase.model.deadlines.ClockStatus;
import org.trustcase.model.deadlines.DeadlineClock;
import org.trustcase.model.deadlines.DeadlineEvent;
import org.trustcase.model.deadlines.DeadlineRule;
import org.trustcase.model.deadlines.TimeLimit;

/**
 * The use cases of a case's legal clocks: record dated events and regime flags, mark a clock met
 * (with the reason for any delay) or waived (with its legal ground), and read the clocks — always
 * computed from recorded facts, never typed in. Every change is audited in its transaction.
 */
public final class CaseClockService {
    private final CaseRepository cases;
    private final CaseClockRepository facts;
    private final AssessmentRepository assessments;
    private final DecisionRepository decisions;
    private final CaseClocks clocks;
    private final AuditTrail audit;
    private final TransactionRunner transactions;
    private final Clock clock;
    private final Supplier<Actor> actor;
    private final AccessControl access;
    private final CaseDetailsWriter caseDetails;
    private final CaseChangeListener changes;
    private final ClockSettlement settlement;

    public CaseClockService(CaseRepository cases, CaseClockRepository facts, AssessmentRepository assessments,
            DecisionRepository decisions, CaseClocks clocks, AuditTrail audit, TransactionRunner transactions, Clock clock,
            Supplier<Actor> actor, AccessControl access) {
        this(cases, facts, assessments, decisions, clocks, audit, transactions, clock, actor, access,
                CaseChangeListener.NONE);
    }

    /** @param changes told of every case whose events, flags or clock outcomes changed, in the change's transaction */
    public CaseClockService(CaseRepository cases, CaseClockRepository facts, AssessmentRepository assessments,
            DecisionRepository decisions, CaseClocks clocks, AuditTrail audit, TransactionRunner transactions, Clock clock,
            Supplier<Actor> actor, AccessControl access, CaseChangeListener changes) {
        this.cases = Objects.requireNonNull(cases, "cases");
        this.facts = Objects.requireNonNull(facts, "facts");
        this.assessments = Objects.requireNonNull(assessments, "assessments");
        this.decisions = Objects.requireNonNull(decisions, "decisions");
        this.clocks = Objects.requireNonNull(clocks, "clocks");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.access = Objects.requireNonNull(access, "access");
        this.caseDetails = new CaseDetailsWriter(cases, audit);
        this.changes = Objects.requireNonNull(changes, "changes");
        this.settlement = new ClockSettlement(facts, assessments, decisions, clocks, audit, actor, changes);
    }

    public CaseClocks engine() {
        return clocks;
    }

    /** The case's clocks now, with the jurisdictions no rule covers (or the lack of any jurisdiction). */
    public CaseClockList list(CaseReference reference) {
        access.require(UseCase.CLOCK_LIST, reference);
        Instant now = clock.instant();
        return transactions.read(() -> {
            BreachCase c = cases.require(reference);
            return new CaseClockList(compute(c, now), clocks.coverage(c));
        });
    }

    /** The stored events, flags and outcomes of the case. */
    public CaseClockFacts facts(CaseReference reference) {
        access.require(UseCase.CLOCK_FACTS, reference);
        return transactions.read(() -> {
            cases.require(reference);
            return facts.facts(reference);
        });
    }

    /**
     * Records when {@code event} happened. Detection and awareness are fields of the case: they are
     * changed through the case's one write path (validated, version-checked and audited like any
     * edit, unchanged when the time is the recorded one); the other events are stored beside the case.
     */
    public void recordEvent(CaseReference reference, DeadlineEvent event, Instant at) {
        access.require(UseCase.EVENT_RECORD, reference);
        Instant now = clock.instant();
        if (event == DeadlineEvent.AWARE || event == DeadlineEvent.DETECTED) {
            UnaryOperator<CaseDetails> edit = event == DeadlineEvent.AWARE
                    ? details -> details.toBuilder().awareAt(at).build()
                    : details -> details.toBuilder().detectedAt(at).build();
            transactions.inTransaction(() -> {
                caseDetails.write(reference, null, edit, now, AuditAction.CASE_EVENT_RECORDED,
                        fieldChanges -> fieldChanges.stream()
                                .map(change -> new FieldChange(event.code(), change.before(), change.after())).toList());
                changes.changed(reference);
                return null;
            });
            return;
        }
        if (at.isAfter(now)) {
            throw new ValidationException(event.code(), "validation.in-future", at);
        }
        transactions.inTransaction(() -> {
            SettledCases.requireOpen(cases.require(reference));
            String before = render(facts.facts(reference).events().get(event));
            facts.putEvent(reference, event, at);
            audit.record(AuditAction.CASE_EVENT_RECORDED, reference,
                    List.of(new FieldChange(event.code(), before, render(at))), null);
            changes.changed(reference);
            return null;
        });
    }

    /** Replaces the case's regime flags (those the DPO sets; derived flags are not stored). */
    public void setFlags(CaseReference reference, Set<String> flags) {
        access.require(UseCase.FLAGS_SET, reference);
        Set<String> wanted = new TreeSet<>();
        List<FieldError> errors = new ArrayList<>();
        for (String flag : flags) {
            try {
                wanted.add(clocks.engine().catalog().flag(flag, "flags").code());
            } catch (ValidationException e) {
                errors.addAll(e.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        transactions.inTransaction(() -> {
            SettledCases.requireOpen(cases.require(reference));
            Set<String> before = facts.facts(reference).flags();
            if (!before.equals(wanted)) {
                facts.putFlags(reference, wanted);
                audit.record(AuditAction.CASE_FLAGS_CHANGED, reference, List.of(new FieldChange("flags",
                        before.isEmpty() ? null : String.join(", ", before),
                        wanted.isEmpty() ? null : String.join(", ", wanted))), null);
                changes.changed(reference);
            }
            return null;
        });
    }

    /**
     * Records that the notification or report of {@code ruleId} was made at {@code at}. After the due
     * time, a reason for the delay is required (GDPR Art. 33(1)).
     */
    public DeadlineClock meet(CaseReference reference, String ruleId, Instant at, String delayReason) {
        access.require(UseCase.CLOCK_MEET, reference);
        Instant now = clock.instant();
        DeadlineRule rule = clocks.engine().catalog().rule(ruleId, "RULE");
        if (at.isAfter(now)) {
            throw new ValidationException("at", "validation.in-future", at);
        }
        return transactions.inTransaction(() -> settlement.meet(SettledCases.requireOpen(cases.require(reference)),
                rule.id(), at, delayReason, now));
    }

    /** Records that no notification is required for {@code ruleId}, with the legal ground. */
    public DeadlineClock waive(CaseReference reference, String ruleId, String ground) {
        access.require(UseCase.CLOCK_WAIVE, reference);
        Instant now = clock.instant();
        DeadlineRule rule = clocks.engine().catalog().rule(ruleId, "RULE");
        if (ground == null || ground.isBlank()) {
            throw new ValidationException("reason", "clock.waive-ground-required");
        }
        return transactions.inTransaction(() -> {
            BreachCase c = SettledCases.requireOpen(cases.require(reference));
            DeadlineClock current = settlement.settleable(c, rule, now, Problem.of("clock.cannot-waive", rule.id()));
            facts.putOutcome(reference, new ClockOutcome(rule.id(), ClockOutcome.Kind.WAIVED, now, ground,
                    actor.get().name(), now));
            audit.record(AuditAction.CLOCK_WAIVED, reference,
                    List.of(new FieldChange(rule.id(), current.status().code(), "waived")), ground.strip());
            changes.changed(reference);
            return settlement.clockOf(c, rule, now);
        });
    }

    /**
     * Corrects the recorded outcome of {@code ruleId}: a wrong outcome is never deleted but replaced
     * by a later one — met at another time, waived on a ground, or withdrawn (the clock runs again) —
     * with the reason for the correction; the earlier outcome stays in the history and the audit trail.
     *
     * @param at when the notification was made ({@code MET} only; the same rules as {@link #meet})
     * @param reason the reason for a late notification ({@code MET}) or the legal ground ({@code WAIVED})
     */
    public DeadlineClock correct(CaseReference reference, String ruleId, ClockOutcome.Kind kind, Instant at,
            String reason, String correctionReason) {
        access.require(UseCase.CLOCK_CORRECT, reference);
        Instant now = clock.instant();
        DeadlineRule rule = clocks.engine().catalog().rule(ruleId, "RULE");
        Objects.requireNonNull(kind, "kind");
        if (correctionReason == null || correctionReason.isBlank()) {
            throw new ValidationException("correctionReason", "clock.correction-reason-required");
        }
        if (kind == ClockOutcome.Kind.MET && at == null) {
            throw new ValidationException("at", "validation.required");
        }
        if (kind == ClockOutcome.Kind.MET && at.isAfter(now)) {
            throw new ValidationException("at", "validation.in-future", at);
        }
        if (kind == ClockOutcome.Kind.WAIVED && (reason == null || reason.isBlank())) {
            throw new ValidationException("reason", "clock.waive-ground-required");
        }
        return transactions.inTransaction(() -> {
            BreachCase c = SettledCases.requireOpen(cases.require(reference));
            CaseClockFacts stored = facts.facts(reference);
            ClockOutcome earlier = stored.outcomes().get(rule.id());
            if (earlier == null) {
                throw new RuleViolationException("clock.no-outcome-to-correct", rule.id(), reference.toString());
            }
            String actorName = actor.get().name();
            ClockOutcome corrected = switch (kind) {
                case MET -> {
                    Map<String, ClockOutcome> others = new java.util.HashMap<>(stored.outcomes());
                    others.remove(rule.id());
                    DeadlineClock without = settlement.clockOf(c, rule, new CaseClockFacts(stored.events(), stored.flags(), others),
                            now);
                    if (without.status() == ClockStatus.WAITING) {
                        throw new RuleViolationException("clock.met-without-trigger", rule.id(), without.reason());
                    }
                    settlement.requireAfterFacts(c, without, at);
                    boolean late = without.dueAt() != null && at.isAfter(without.dueAt());
                    if (late && (reason == null || reason.isBlank())) {
                        throw new ValidationException("delayReason", "clock.delay-reason-required", rule.id(), at,
                                without.dueAt());
                    }
                    yield new ClockOutcome(rule.id(), kind, at, late ? reason : null, actorName, now, correctionReason);
                }
                case WAIVED -> new ClockOutcome(rule.id(), kind, now, reason, actorName, now, correctionReason);
                case WITHDRAWN -> new ClockOutcome(rule.id(), kind, now, null, actorName, now, correctionReason);
            };
            facts.putOutcome(reference, corrected);
            audit.record(AuditAction.CLOCK_OUTCOME_CORRECTED, reference,
                    List.of(new FieldChange(rule.id(), describe(earlier), describe(corrected))), corrected.correctionReason());
            changes.changed(reference);
            return settlement.clockOf(c, rule, now);
        });
    }

    /** An outcome as the audit trail records it: {@code met 2026-03-30T10:00:00Z (late)}, {@code waived}, {@code withdrawn}. */
    private static String describe(ClockOutcome outcome) {
        return switch (outcome.kind()) {
            case MET -> "met " + render(outcome.at()) + (outcome.reason() != null ? " (late)" : "");
            case WAIVED -> "waived";
            case WITHDRAWN -> "withdrawn";
        };
    }

    private List<DeadlineClock> compute(BreachCase c, Instant now) {
        return clocks.compute(c, facts.facts(c.reference()), decisions.latest(c.reference()),
                assessments.latest(c.reference()), now);
    }

    private static String render(Instant at) {
        return at == null ? null : at.toString();
    }
}
