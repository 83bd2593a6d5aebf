package org.trustcase.model.reports;

import java.time.YearMonth;
import java.util.Map;
import java.util.Objects;
import org.trustcase.model.cases.BreachType;

/** The breaches the organisation became aware of in one month (UTC), by kind (a breach may be of several kinds). */
public record MonthlyBreaches(YearMonth month, Map<BreachType, Long> byType) {
    public MonthlyBreaches {
        Objects.requireNonNull(month, "month");
        byType = Map.copyOf(byType);
    }
}
