package org.trustcase.model.casework;

import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.common.RuleViolationException;

/**
 * A settled case ({@code CLOSED}, {@code NOT_A_BREACH}) is a record that stays as it was settled:
 * its details, events, flags, clock outcomes, assessments and decisions are refused until it is
 * reopened with a reason. Not a use case: every changing use case calls it inside its transaction,
 * after its access check, before it writes anything.
 */
public final class SettledCases {
    private SettledCases() {
    }

    /** Refuses any change of a settled case with {@code case.settled(reference, STATUS)}. */
    public static BreachCase requireOpen(BreachCase breachCase) {
        if (breachCase.status().isClosed()) {
            throw new RuleViolationException("case.settled", breachCase.reference().toString(),
                    breachCase.status().name());
        }
        return breachCase;
    }
}
