package org.trustcase.model.caseclocks;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.trustcase.model.assessment.Assessment;
import org.trustcase.model.assessment.NotificationDecision;
import org.trustcase.model.assessment.RiskOutcome;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.BreachCause;
import org.trustcase.model.cases.CaseDetails;
import org.trustcase.model.deadlines.ClockEngine;
import org.trustcase.model.deadlines.ClockInputs;
import org.trustcase.model.deadlines.ClockReason;
import org.trustcase.model.deadlines.ClockStatus;
import org.trustcase.model.deadlines.DeadlineClock;
import org.trustcase.model.deadlines.DeadlineEvent;
import org.trustcase.model.deadlines.MetRecord;

/**
 * Turns a stored case into its clocks: events from the case (detected, aware) and from its stored
 * facts, the subject count, the jurisdictions, the regime flags the DPO set, and flags derived
 * from what was decided — {@code notify-subjects} from the current notification decision,
 * {@code high-risk} when the decision answered a high-risk suggestion, {@code malicious} from the
 * cause or the latest assessment. Met clocks come from the outcomes; waived ones are shown as such.
 * A clock of telling the data subjects follows the DPO's recorded decision: when the current
 * decision is not to tell them (with or without an Art. 34(3) ground), it does not apply, with that
 * decision as the reason, whatever the derived {@code high-risk} flag says.
 */
public final class CaseClocks {
    public static final String NOTIFY_SUBJECTS = "notify-subjects";
    public static final String HIGH_RISK = "high-risk";
    public static final String MALICIOUS = "malicious";
    private static final Set<BreachCause> MALICIOUS_CAUSES = EnumSet.of(BreachCause.EXTERNAL_MALICIOUS,
            BreachCause.INTERNAL_MALICIOUS);

    private final Supplier<ClockEngine> source;
    private volatile ClockEngine engine;
    /** The organisation's home zone, read within the transaction that computes the clocks; null: none. */
    private final Supplier<ZoneId> homeZone;

    public CaseClocks(ClockEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.source = () -> engine;
        this.homeZone = () -> null;
    }

    private CaseClocks(Supplier<ClockEngine> source, Supplier<ZoneId> homeZone) {
        this.source = source;
        this.homeZone = homeZone;
    }

    /**
     * Clocks whose engine (rule file, holiday calendars) is built the first time a clock is
     * computed, so that work that never touches a clock does not pay for loading the rules.
     */
    public static CaseClocks loadedOnFirstUse(Supplier<ClockEngine> source) {
        return new CaseClocks(Objects.requireNonNull(source, "source"), () -> null);
    }

    /**
     * Clocks as {@link #loadedOnFirstUse(Supplier)}, whose rules that count days in the organisation's own zone (US
     * statutes) count them in {@code homeZone}'s (null while the organisation names none).
     */
    public static CaseClocks loadedOnFirstUse(Supplier<ClockEngine> source, Supplier<ZoneId> homeZone) {
        return new CaseClocks(Objects.requireNonNull(source, "source"), Objects.requireNonNull(homeZone, "homeZone"));
    }

    /** The organisation's home zone where US rules count their days, or null (read within a transaction). */
    public ZoneId homeZone() {
        return homeZone.get();
    }

    /** Whether the case's jurisdictions give it clocks (see {@link ClockCoverage}). */
    public ClockCoverage coverage(BreachCase breachCase) {
        return ClockCoverage.of(breachCase, engine().catalog().coverage());
    }

    public ClockEngine engine() {
        ClockEngine loaded = engine;
        if (loaded == null) {
            synchronized (this) {
                loaded = engine;
                if (loaded == null) {
                    loaded = Objects.requireNonNull(source.get(), "engine");
                    engine = loaded;
                }
            }
        }
        return loaded;
    }

    /** The flags the engine sees: the stored ones plus the derived ones. */
    public static Set<String> effectiveFlags(BreachCase c, CaseClockFacts facts, Optional<NotificationDecision> decision,
            Optional<Assessment> assessment) {
        Set<String> flags = new TreeSet<>(facts.flags());
        decision.ifPresent(d -> {
            if (d.decision().notifySubjects()) {
                flags.add(NOTIFY_SUBJECTS);
            }
            if (d.suggestion().outcome() == RiskOutcome.HIGH_RISK) {
                flags.add(HIGH_RISK);
            }
        });
        boolean maliciousCause = c.details().cause() != null && MALICIOUS_CAUSES.contains(c.details().cause());
        if (maliciousCause || assessment.map(a -> a.inputs().malicious()).orElse(false)) {
            flags.add(MALICIOUS);
        }
        return flags;
    }

    public List<DeadlineClock> compute(BreachCase c, CaseClockFacts facts, Optional<NotificationDecision> decision,
            Optional<Assessment> assessment, Instant now) {
        CaseDetails d = c.details();
        ClockInputs.Builder inputs = ClockInputs.builder()
                .homeZone(homeZone.get())
                .subjects(d.approxSubjects())
                .jurisdictions(d.jurisdictions())
                .flags(effectiveFlags(c, facts, decision, assessment));
        facts.events().forEach(inputs::event);
        if (d.detectedAt() != null) {
            inputs.event(DeadlineEvent.DETECTED, d.detectedAt());
        }
        if (d.awareAt() != null) {
            inputs.event(DeadlineEvent.AWARE, d.awareAt());
        }
        for (ClockOutcome outcome : facts.outcomes().values()) {
            if (outcome.kind() == ClockOutcome.Kind.MET) {
                inputs.met(outcome.ruleId(), new MetRecord(outcome.at(), outcome.reason()));
            }
        }
        List<DeadlineClock> clocks = new ArrayList<>();
        for (DeadlineClock clock : engine().compute(inputs.build(), now)) {
            ClockOutcome outcome = facts.outcomes().get(clock.rule().id());
            boolean waivable = clock.status() == ClockStatus.RUNNING || clock.status() == ClockStatus.OVERDUE
                    || clock.status() == ClockStatus.WAITING;
            if (outcome != null && outcome.kind() == ClockOutcome.Kind.WAIVED && waivable) {
                clocks.add(new DeadlineClock(clock.rule(), ClockStatus.WAIVED, clock.limits(), clock.dueAt(),
                        clock.zone(), null, clock.basis(),
                        outcome.reason() == null ? null : ClockReason.WAIVED.with(outcome.reason())));
            } else if (waivable && tellsSubjects(clock) && decidedNotToTell(decision)) {
                // the DPO's recorded decision, not the derived high-risk flag, says whether subjects are told
                NotificationDecision current = decision.get();
                clocks.add(new DeadlineClock(clock.rule(), ClockStatus.NOT_APPLICABLE, clock.limits(), null,
                        clock.zone(), null, clock.basis(), current.decision().exception() == null
                                ? ClockReason.DECIDED_NOT_TO_TELL.with(current.version())
                                : ClockReason.DECIDED_NOT_TO_TELL_UNDER.with(current.version(),
                                        current.decision().exception().code())));
            } else {
                clocks.add(clock);
            }
        }
        return clocks;
    }

    /** True for a clock of telling the data subjects: one that applies when the DPO decided to tell them. */
    private static boolean tellsSubjects(DeadlineClock clock) {
        return clock.rule().appliesWhen().anyFlags().contains(NOTIFY_SUBJECTS)
                || clock.rule().appliesWhen().allFlags().contains(NOTIFY_SUBJECTS);
    }

    private static boolean decidedNotToTell(Optional<NotificationDecision> decision) {
        return decision.isPresent() && !decision.get().decision().notifySubjects();
    }

    /** The clock that matters next: overdue first, then the soonest running one. */
    public static Optional<DeadlineClock> next(List<DeadlineClock> clocks) {
        return clocks.stream()
                .filter(c -> c.status() == ClockStatus.RUNNING || c.status() == ClockStatus.OVERDUE)
                .min(Comparator.comparing(DeadlineClock::dueAt));
    }

}
