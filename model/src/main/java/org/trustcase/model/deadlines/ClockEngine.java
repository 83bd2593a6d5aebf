package org.trustcase.model.deadlines;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.trustcase.model.cases.Jurisdiction;
import org.trustcase.model.common.FieldError;
import org.trustcase.model.common.Problem;
import org.trustcase.model.common.ValidationException;

/**
 * Computes a case's deadline clocks from its events and facts: one clock per applicable rule, never typed in.
 * A pure function of its inputs and {@code now}; safe to share between threads.
 */
public final class ClockEngine {
    private final RuleCatalog catalog;
    private final HolidayCalendars holidays;
    /** Per version of a rule of the catalog: the coded basis of its own limits, then of each variant's. */
    private final Map<DeadlineRule, Problem[]> bases = new IdentityHashMap<>();

    public ClockEngine(RuleCatalog catalog, HolidayCalendars holidays) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.holidays = Objects.requireNonNull(holidays, "holidays");
        for (DeadlineRule rule : catalog.allVersions()) {
            bases.put(rule, bases(rule));
        }
    }

    private static Problem[] bases(DeadlineRule rule) {
        Problem[] texts = new Problem[1 + rule.variants().size()];
        texts[0] = describe(rule.limits(), null);
        for (int i = 0; i < rule.variants().size(); i++) {
            texts[i + 1] = describe(rule.variants().get(i).limits(), rule.variants().get(i));
        }
        return texts;
    }

    /** The engine over the shipped rules and Jollyday's holidays, with those the rule file adds; built once. */
    public static ClockEngine standard() {
        return Standard.INSTANCE;
    }

    private static final class Standard {
        static final ClockEngine INSTANCE = new ClockEngine(RuleCatalog.standard(), RuleCatalog.standard().holidays());
    }

    public RuleCatalog catalog() {
        return catalog;
    }

    /**
     * The clocks of a case at {@code now}, in rule-file order (or in the order of {@code inputs.ruleIds()}).
     * Fails with a {@link ValidationException} naming the field for an unknown rule id or flag, and for a clock
     * met after its due instant without a reason for the delay.
     */
    public List<DeadlineClock> compute(ClockInputs inputs, Instant now) {
        Objects.requireNonNull(now, "now");
        List<DeadlineRule> rules = selectedRules(inputs);
        List<DeadlineClock> clocks = new ArrayList<>(rules.size());
        for (DeadlineRule rule : rules) {
            clocks.add(clock(rule, inputs, now));
        }
        List<FieldError> lateWithoutReason = clocks.stream()
                .filter(c -> c.metLate() && c.met().delayReason() == null)
                .map(c -> new FieldError("met[" + c.rule().id() + "].delayReason", "clock.met-late-reason-required",
                        c.met().at(), c.dueAt()))
                .toList();
        if (!lateWithoutReason.isEmpty()) {
            throw new ValidationException(lateWithoutReason);
        }
        return clocks;
    }

    private List<DeadlineRule> selectedRules(ClockInputs inputs) {
        List<FieldError> errors = new ArrayList<>();
        for (String flag : inputs.flags()) {
            if (catalog.isFlag(flag)) {
                continue;
            }
            try {
                catalog.flag(flag, "flags");
            } catch (ValidationException e) {
                errors.addAll(e.errors());
            }
        }
        for (String id : inputs.met().keySet()) {
            if (catalog.find(id).isEmpty()) {
                errors.add(new FieldError("met[" + id + "]", "rules.unknown-id", id));
            }
        }
        List<DeadlineRule> rules = new ArrayList<>();
        for (String id : inputs.ruleIds()) {
            try {
                rules.add(catalog.rule(id, "rules"));
            } catch (ValidationException e) {
                errors.addAll(e.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return inputs.ruleIds().isEmpty() ? catalog.forJurisdictions(inputs.jurisdictions()) : rules;
    }

    /**
     * The clock of one rule for a case, whether or not the case's jurisdictions are covered by it. A rule with versions
     * in time is followed in the version in force on the day of the clock's starting event (see {@link #versionDay});
     * when none is in force that day, the clock does not apply, and says when the rule is in force.
     */
    public DeadlineClock clock(DeadlineRule given, ClockInputs inputs, Instant now) {
        DeadlineRule rule = given;
        List<DeadlineRule> versions = catalog.versions(given.id());
        if (versions.size() > 1 || given.dated()) {
            LocalDate day = versionDay(given, inputs, now);
            Optional<DeadlineRule> inForce = versions.isEmpty() ? Optional.of(given).filter(r -> r.inForceOn(day))
                    : versions.stream().filter(v -> v.inForceOn(day)).findFirst();
            if (inForce.isEmpty()) {
                ZoneId zone = catalog.zoneFor(given, inputs.jurisdictions(), inputs.homeZone());
                return new DeadlineClock(given, ClockStatus.NOT_APPLICABLE, given.limits(), null, zone, null,
                        basisOf(given)[0], notInForce(day, versions.isEmpty() ? List.of(given) : versions));
            }
            rule = inForce.get();
        }
        ZoneId zone = catalog.zoneFor(rule, inputs.jurisdictions(), inputs.homeZone());
        MetRecord met = inputs.met().get(rule.id());
        Problem[] texts = basisOf(rule);
        Conditions.Outcome applies = rule.appliesWhen().applicability(inputs.flags(), inputs.subjects());
        if (!applies.holds()) {
            return new DeadlineClock(rule, ClockStatus.NOT_APPLICABLE, rule.limits(), null, zone, null, texts[0],
                    applies.reason());
        }
        int chosen = chosenVariant(rule, inputs);
        RuleVariant variant = chosen < 0 ? null : rule.variants().get(chosen);
        List<TimeLimit> limits = variant == null ? rule.limits() : variant.limits();
        Problem basis = variant == null ? texts[0]
                : chosen + 1 < texts.length ? texts[chosen + 1] : describe(limits, variant);
        Instant due = null;
        List<TimeLimit> pending = new ArrayList<>(1);
        BusinessCalendar calendar = calendar(rule, inputs);
        for (TimeLimit limit : limits) {
            Instant trigger = inputs.events().get(limit.event());
            if (trigger == null) {
                pending.add(limit);
                continue;
            }
            Instant candidate = DueDateCalculator.due(limit, trigger, zone, calendar);
            Instant later = limit.yieldsTo() == null ? null : inputs.events().get(limit.yieldsTo());
            if (later != null && later.isAfter(candidate)) {
                // the event that sets this limit aside came after it ended (DORA: a late classification as major)
                continue;
            }
            if (due == null || candidate.isBefore(due)) {
                due = candidate;
            }
        }
        Problem reason = reason(applies.reason(), due, pending);
        ClockStatus status;
        if (met != null) {
            status = ClockStatus.MET;
        } else if (due == null) {
            status = ClockStatus.WAITING;
        } else {
            status = now.isAfter(due) ? ClockStatus.OVERDUE : ClockStatus.RUNNING;
        }
        return new DeadlineClock(rule, status, limits, due, zone, met, basis, reason);
    }

    /**
     * The public holidays a rule's business days skip: its named calendar, or that of the case's first jurisdiction it
     * covers (DORA: the entity's Member State), weekends only where no calendar is known.
     */
    private BusinessCalendar calendar(DeadlineRule rule, ClockInputs inputs) {
        if (DeadlineRule.HOLIDAYS_OF_JURISDICTION.equals(rule.holidays())) {
            return catalog.firstCovered(rule, inputs.jurisdictions()).map(Jurisdiction::code)
                    .filter(HolidayCalendars::isSupported).map(holidays::forCode)
                    .orElse(BusinessCalendar.WEEKENDS_ONLY);
        }
        return holidays.forCode(rule.holidays());
    }

    private Problem[] basisOf(DeadlineRule rule) {
        Problem[] known = bases.get(rule);
        return known != null ? known : bases(rule);
    }

    /**
     * The day whose version of a rule a case follows: that of the clock's starting event when it is recorded, else of
     * the case's earliest recorded event, else today; as a day where the rule counts.
     */
    private LocalDate versionDay(DeadlineRule rule, ClockInputs inputs, Instant now) {
        Instant at = inputs.events().get(rule.trigger());
        if (at == null) {
            at = inputs.events().values().stream().min(Instant::compareTo).orElse(now);
        }
        return at.atZone(catalog.zoneFor(rule, inputs.jurisdictions(), inputs.homeZone())).toLocalDate();
    }

    /** Why no version is in force on {@code day}: the next one starts later, or the last one ended. */
    private static Problem notInForce(LocalDate day, List<DeadlineRule> versions) {
        for (DeadlineRule version : versions) {
            if (version.effectiveFrom() != null && day.isBefore(version.effectiveFrom())) {
                return ClockReason.NOT_YET_IN_FORCE.with(day.toString(), version.effectiveFrom().toString());
            }
        }
        DeadlineRule last = versions.get(versions.size() - 1);
        return ClockReason.NO_LONGER_IN_FORCE.with(day.toString(), String.valueOf(last.effectiveUntil()));
    }

    /** The index of the first variant whose conditions hold, or -1. */
    private static int chosenVariant(DeadlineRule rule, ClockInputs inputs) {
        List<RuleVariant> variants = rule.variants();
        for (int i = 0; i < variants.size(); i++) {
            if (variants.get(i).when().choice(inputs.flags(), inputs.subjects()).holds()) {
                return i;
            }
        }
        return -1;
    }

    private static Problem reason(Problem assumption, Instant due, List<TimeLimit> pending) {
        List<Problem> parts = new ArrayList<>(2);
        if (assumption != null) {
            parts.add(assumption);
        }
        if (!pending.isEmpty()) {
            Object events = ClockReason.join(ClockReason.EITHER_EVENT,
                    pending.stream().map(l -> Problem.term("event", l.event().code())).distinct().toList());
            parts.add(due == null ? ClockReason.WAITING_FOR.with(events) : ClockReason.MAY_MOVE_EARLIER.with(events));
        }
        return ClockReason.all(parts);
    }

    private static Problem describe(List<TimeLimit> limits, RuleVariant variant) {
        Problem basis = limits.size() == 1 ? limits.get(0).basis()
                : ClockReason.EARLIEST_OF.with(ClockReason.join(ClockReason.LIMITS_AND,
                        limits.stream().map(TimeLimit::basis).toList()));
        return variant != null && variant.note() != null ? ClockReason.WITH_NOTE.with(basis, variant.note()) : basis;
    }
}
