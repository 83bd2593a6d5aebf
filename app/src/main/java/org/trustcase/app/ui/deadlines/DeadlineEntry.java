package org.trustcase.app.ui.deadlines;

import java.util.Objects;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.deadlines.DeadlineClock;

/** One clock of one open case, as the deadlines screen and the alerts see it. */
public record DeadlineEntry(CaseReference reference, String title, DeadlineClock clock) {
    public DeadlineEntry {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(clock, "clock");
    }

    public String ruleId() {
        return clock.rule().id();
    }
}
