package org.trustcase.model.caseclocks;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.trustcase.model.assessment.AssessmentRepository;
import org.trustcase.model.assessment.DecisionRepository;
import org.trustcase.model.audit.AuditAction;
import org.trustcase.model.audit.AuditTrail;
import org.trustcase.model.audit.FieldChange;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.CaseChangeListener;
import org.trustcase.model.common.Actor;
import org.trustcase.model.common.Problem;
import org.trustcase.model.common.RuleViolationException;
import org.trustcase.model.common.ValidationException;
import org.trustcase.model.deadlines.ClockStatus;
import org.trustcase.model.deadlines.DeadlineClock;
import org.trustcase.model.deadlines.DeadlineEvent;
import org.trustcase.model.deadlines.DeadlineRule;
import org.trustcase.model.deadlines.TimeLimit;

/**
 * Computing a case's clocks and recording one as met, inside a use case that has already been allowed: the clock
 * service's own "mark met", and the notifications that meet clocks when they are recorded as sent. Callers run it in
 * their transaction; it audits and tells the listener of the change like every clock change.
 */
public final class ClockSettlement {
    private final CaseClockRepository facts;
    private final AssessmentRepository assessments;
    private final DecisionRepository decisions;
    private final CaseClocks clocks;
    private final AuditTrail audit;
    private final Supplier<Actor> actor;
    private final CaseChangeListener changes;

    public ClockSettlement(CaseClockRepository facts, AssessmentRepository assessments, DecisionRepository decisions,
            CaseClocks clocks, AuditTrail audit, Supplier<Actor> actor, CaseChangeListener changes) {
        this.facts = Objects.requireNonNull(facts, "facts");
        this.assessments = Objects.requireNonNull(assessments, "assessments");
        this.decisions = Objects.requireNonNull(decisions, "decisions");
        this.clocks = Objects.requireNonNull(clocks, "clocks");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.changes = Objects.requireNonNull(changes, "changes");
    }

    /** The case's clocks at {@code now}, from its recorded facts. */
    public List<DeadlineClock> clocks(BreachCase c, Instant now) {
        return clocks.compute(c, facts.facts(c.reference()), decisions.latest(c.reference()),
                assessments.latest(c.reference()), now);
    }

    /**
     * Records that the notification or report of {@code ruleId} was made at {@code at}; after the due time a
     * reason for the delay is required (GDPR Art. 33(1)). The case must be open; the caller's transaction holds it.
     */
    public DeadlineClock meet(BreachCase c, String ruleId, Instant at, String delayReason, Instant now) {
        DeadlineRule rule = clocks.engine().catalog().rule(ruleId, "RULE");
        DeadlineClock current = settleable(c, rule, now, Problem.of("clock.cannot-mark-met", rule.id()));
        if (current.status() == ClockStatus.WAITING) {
            throw new RuleViolationException("clock.met-without-trigger", rule.id(), current.reason());
        }
        requireAfterFacts(c, current, at);
        boolean late = at.isAfter(current.dueAt());
        if (late && (delayReason == null || delayReason.isBlank())) {
            throw new ValidationException("delayReason", "clock.delay-reason-required", rule.id(), at, current.dueAt());
        }
        ClockOutcome outcome = new ClockOutcome(rule.id(), ClockOutcome.Kind.MET, at, late ? delayReason : null,
                actor.get().name(), now);
        facts.putOutcome(c.reference(), outcome);
        audit.record(AuditAction.CLOCK_MET, c.reference(), List.of(new FieldChange(rule.id(),
                current.status().code(), "met " + at + (late ? " (late)" : ""))), outcome.reason());
        changes.changed(c.reference());
        return clockOf(c, rule, now);
    }

    /** The clock of {@code rule}, refused when it is not applicable, or met or waived already. */
    DeadlineClock settleable(BreachCase c, DeadlineRule rule, Instant now, Problem prefix) {
        DeadlineClock current = clockOf(c, rule, now);
        switch (current.status()) {
            case NOT_APPLICABLE -> throw new RuleViolationException("clock.not-applicable", prefix, c.reference().toString(),
                    current.reason());
            case MET -> throw new RuleViolationException("clock.already-met", prefix, current.met().at());
            case WAIVED -> throw new RuleViolationException("clock.already-waived", prefix, current.reason());
            default -> {
                return current;
            }
        }
    }

    /**
     * A notification is not made before what it notifies: refused when {@code at} is before the
     * recorded event that started the clock (the earliest of its limits' events) or before the case's awareness.
     */
    void requireAfterFacts(BreachCase c, DeadlineClock current, Instant at) {
        Map<DeadlineEvent, Instant> events = new EnumMap<>(DeadlineEvent.class);
        events.putAll(facts.facts(c.reference()).events());
        if (c.details().detectedAt() != null) {
            events.put(DeadlineEvent.DETECTED, c.details().detectedAt());
        }
        if (c.details().awareAt() != null) {
            events.put(DeadlineEvent.AWARE, c.details().awareAt());
        }
        Optional<Map.Entry<DeadlineEvent, Instant>> trigger = current.limits().stream().map(TimeLimit::event)
                .distinct().filter(events::containsKey).map(e -> Map.entry(e, events.get(e)))
                .min(Map.Entry.comparingByValue());
        if (trigger.isPresent() && at.isBefore(trigger.get().getValue())) {
            throw new ValidationException("at", "clock.met-before-trigger", current.rule().id(), at,
                    trigger.get().getKey().code(), trigger.get().getValue());
        }
        if (c.details().awareAt() != null && at.isBefore(c.details().awareAt())) {
            throw new ValidationException("at", "clock.met-before-aware", current.rule().id(), at, c.details().awareAt());
        }
    }

    DeadlineClock clockOf(BreachCase c, DeadlineRule rule, Instant now) {
        return clockOf(c, rule, facts.facts(c.reference()), now);
    }

    DeadlineClock clockOf(BreachCase c, DeadlineRule rule, CaseClockFacts stored, Instant now) {
        return clocks.compute(c, stored, decisions.latest(c.reference()), assessments.latest(c.reference()), now)
                .stream().filter(k -> k.rule().id().equals(rule.id())).findFirst()
                .orElseThrow(() -> new RuleViolationException("clock.jurisdictions-not-covered", rule.id(),
                        c.reference().toString(), c.details().jurisdictions().toString()));
    }
}
