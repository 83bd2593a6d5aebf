package org.trustcase.model.deadlines;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
    /** Per rule id: the coded basis of the rule's own limits, then of each variant's. */
    private final Map<String, Problem[]> bases = new HashMap<>();

    public ClockEngine(RuleCatalog catalog, HolidayCalendars holidays) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.holidays = Objects.requireNonNull(holidays, "holidays");
        for (DeadlineRule rule : catalog.rules()) {
            Problem[] texts = new Problem[1 + rule.variants().size()];
            texts[0] = describe(rule.limits(), null);
            for (int i = 0; i < rule.variants().size(); i++) {
                texts[i + 1] = describe(rule.variants().get(i).limits(), rule.variants().get(i));
            }
            bases.put(rule.id(), texts);
        }
    }

    /** The engine over the shipped rules and Jollyday's holidays. */
    public static ClockEngine standard() {
        return new ClockEngine(RuleCatalog.standard(), HolidayCalendars.shared());
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

    /** The clock of one rule for a case, whether or not the case's jurisdictions are covered by it. */
    public DeadlineClock clock(DeadlineRule rule, ClockInputs inputs, Instant now) {
        ZoneId zone = catalog.zoneFor(rule, inputs.jurisdictions());
        MetRecord met = inputs.met().get(rule.id());
        Problem[] texts = bases.computeIfAbsent(rule.id(), id -> new Problem[] {describe(rule.limits(), null)});
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
        for (TimeLimit limit : limits) {
            Instant trigger = inputs.events().get(limit.event());
            if (trigger == null) {
                pending.add(limit);
                continue;
            }
            Instant candidate = DueDateCalculator.due(limit, trigger, zone, holidays.forCode(rule.holidays()));
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
