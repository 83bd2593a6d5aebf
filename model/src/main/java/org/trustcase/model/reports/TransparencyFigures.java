package org.trustcase.model.reports;

import java.util.Map;
import java.util.Objects;
import org.trustcase.model.cases.BreachCause;
import org.trustcase.model.cases.BreachType;

/**
 * A year's figures for the public, with no personal data and no case named: how many cases the organisation became
 * aware of, how many were breaches, of which kind and cause, how many the authority was notified of and how quickly,
 * and how many were told to the people concerned. Counted by the database.
 *
 * @param notBreaches           cases closed as not a breach
 * @param byType                breaches by kind (a breach may be of several kinds)
 * @param byCause               breaches by cause, where it is known
 * @param authorityNotified     breaches the supervisory authority was notified of
 * @param notifiedWithin72Hours of those, notified within 72 hours of awareness
 * @param medianHoursToNotify   the median hours from awareness to the authority's notification, or null (none)
 * @param subjectsTold          breaches told to the people concerned (their clock met)
 */
public record TransparencyFigures(int year, long cases, long notBreaches, Map<BreachType, Long> byType,
        Map<BreachCause, Long> byCause, long authorityNotified, long notifiedWithin72Hours, Double medianHoursToNotify,
        long subjectsTold) {
    public TransparencyFigures {
        byType = Map.copyOf(Objects.requireNonNull(byType, "byType"));
        byCause = Map.copyOf(Objects.requireNonNull(byCause, "byCause"));
    }

    /** The cases that were breaches. */
    public long breaches() {
        return cases - notBreaches;
    }
}
