package org.trustcase.model.caseclocks;

import java.time.Instant;
import java.util.Objects;
import org.trustcase.model.cases.CaseReference;

/** One indexed clock of one open case, as a deadlines list orders it. */
public record ClockListing(CaseReference reference, String title, String ruleId, boolean legal, Instant dueAt) {
    public ClockListing {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(ruleId, "ruleId");
    }

    public boolean running() {
        return dueAt != null;
    }
}
