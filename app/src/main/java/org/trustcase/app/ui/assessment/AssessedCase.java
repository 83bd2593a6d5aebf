package org.trustcase.app.ui.assessment;

import java.util.Objects;
import javafx.beans.value.ObservableValue;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.CaseReference;

/**
 * What the Assessment tab needs from the open case: its reference, the case as last read (its facts
 * drive the suggestion) and a way to read the case again after a change (its workflow buttons depend
 * on the assessment and the decision).
 */
public record AssessedCase(CaseReference reference, ObservableValue<BreachCase> breachCase, Runnable refresh) {
    public AssessedCase {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(breachCase, "breachCase");
        Objects.requireNonNull(refresh, "refresh");
    }
}
