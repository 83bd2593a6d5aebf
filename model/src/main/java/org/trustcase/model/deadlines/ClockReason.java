package org.trustcase.model.deadlines;

import java.util.List;
import org.trustcase.model.common.MessageCode;
import org.trustcase.model.common.Problem;

/**
 * What a clock says in words, as codes: why it waits or does not apply, an assumption made, and the basis
 * of its time limits ({@code 72 hours after aware}). The arguments are plain values (whole numbers, codes,
 * lists of codes), nested codes, and the rule file's own texts (a variant's note) or a person's (a waiver's
 * legal ground) as they are.
 */
public enum ClockReason implements MessageCode {
    /** {@code {0}} how many flags are missing, {@code {1}} the flags' codes. */
    REQUIRES_FLAGS("clock.reason.requires-flags"),
    /** {@code {0}} the flags' codes, one of which is needed. */
    REQUIRES_ONE_OF_FLAGS("clock.reason.requires-one-of-flags"),
    /** {@code {0}} the flags' codes that exclude the rule. */
    EXCLUDED_BY_FLAGS("clock.reason.excluded-by-flags"),
    /** A range of subjects needs a known number. */
    NEEDS_SUBJECT_COUNT("clock.reason.needs-subject-count"),
    /** {@code {0}} the minimum assumed to be reached while the count is unknown. */
    SUBJECTS_ASSUMED("clock.reason.subjects-assumed"),
    /** {@code {0}} the minimum, {@code {1}} the case's number of subjects. */
    BELOW_MINIMUM("clock.reason.below-minimum"),
    /** {@code {0}} the maximum, {@code {1}} the case's number of subjects. */
    ABOVE_MAXIMUM("clock.reason.above-maximum"),
    /** {@code {0}} the events waited for. */
    WAITING_FOR("clock.reason.waiting-for"),
    /** {@code {0}} the events whose recording may make the clock due earlier. */
    MAY_MOVE_EARLIER("clock.reason.may-move-earlier"),
    /** {@code {0}} the day whose version of the rule applies, {@code {1}} the day the rule comes into force. */
    NOT_YET_IN_FORCE("clock.reason.not-yet-in-force"),
    /** {@code {0}} the day whose version of the rule applies, {@code {1}} the last day the rule was in force. */
    NO_LONGER_IN_FORCE("clock.reason.no-longer-in-force"),
    /** {@code {0}} the legal ground a person gave for waiving the clock. */
    WAIVED("clock.reason.waived"),
    /** {@code {0}} the version of the DPO's current decision not to tell the data subjects. */
    DECIDED_NOT_TO_TELL("clock.reason.decided-not-to-tell"),
    /** {@code {0}} the decision's version, {@code {1}} the code of its Art. 34(3) ground. */
    DECIDED_NOT_TO_TELL_UNDER("clock.reason.decided-not-to-tell-under"),
    /** {@code {0}} and {@code {1}}: two reasons, both holding. */
    BOTH("clock.reason.both"),
    /** {@code {0}} or {@code {1}}: two events' codes, either one. */
    EITHER_EVENT("clock.event.either"),
    /** {@code {0}} the amount, {@code {1}} the unit, {@code {2}} the event's code. */
    LIMIT("clock.limit"),
    /** {@code {0}} the amount, {@code {1}} the unit, {@code {2}} the event's code: counted from the end of its year. */
    LIMIT_END_OF_YEAR("clock.limit.end-of-year"),
    /** {@code {0}} a limit, {@code {1}} the local time its last day ends at. */
    LIMIT_ENDS_AT("clock.limit.ends-at"),
    /** {@code {0}} a limit, {@code {1}} the time of the next working day it moves to from a weekend or holiday. */
    LIMIT_MOVES("clock.limit.moves"),
    /** {@code {0}} a limit, {@code {1}} the event that sets it aside when it comes after the limit's end. */
    LIMIT_YIELDS("clock.limit.yields"),
    /** {@code {0}} and {@code {1}}: two time limits. */
    LIMITS_AND("clock.limits.and"),
    /** {@code {0}} the limits, the earliest of which applies. */
    EARLIEST_OF("clock.basis.earliest"),
    /** {@code {0}} the basis, {@code {1}} the note of the variant chosen (the rule file's text). */
    WITH_NOTE("clock.basis.with-note"),
    /** A unit of a time limit; {@code {0}} the amount, for the plural. */
    UNIT_HOURS("clock.unit.hours"),
    UNIT_CALENDAR_DAYS("clock.unit.calendar-days"),
    UNIT_BUSINESS_DAYS("clock.unit.business-days"),
    UNIT_MONTHS("clock.unit.months");

    private final String code;

    ClockReason(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** The unit of a time limit, worded for {@code amount}. */
    static Problem unit(DurationUnit unit, int amount) {
        ClockReason reason = switch (unit) {
            case HOURS -> UNIT_HOURS;
            case CALENDAR_DAYS -> UNIT_CALENDAR_DAYS;
            case BUSINESS_DAYS -> UNIT_BUSINESS_DAYS;
            case MONTHS -> UNIT_MONTHS;
        };
        return reason.with(amount);
    }

    /** The reasons joined pairwise, in order: {@code a; b; c}; null when there are none. */
    static Problem all(List<Problem> reasons) {
        return (Problem) join(BOTH, reasons);
    }

    /**
     * Joins {@code parts} (problems or codes) pairwise with {@code pair}, from the right: {@code a, (b, c)};
     * a single part as it is; null when there are none.
     */
    static Object join(ClockReason pair, List<?> parts) {
        if (parts.isEmpty()) {
            return null;
        }
        Object joined = parts.get(parts.size() - 1);
        for (int i = parts.size() - 2; i >= 0; i--) {
            joined = pair.with(parts.get(i), joined);
        }
        return joined;
    }
}
