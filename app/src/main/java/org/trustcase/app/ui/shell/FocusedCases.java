package org.trustcase.app.ui.shell;

import java.util.Objects;
import org.trustcase.app.ui.cases.CaseListFocus;
import org.trustcase.app.ui.cases.StatusFilter;
import org.trustcase.model.cases.CaseStatus;

/**
 * The cases list narrowed to the cases behind a dashboard figure (shown under the Cases section): a deadline figure's
 * ({@code focus}) or the open cases of one status ({@code status}); exactly one of them is set.
 */
public record FocusedCases(CaseListFocus focus, StatusFilter status) implements Page {
    public FocusedCases {
        if ((focus == null) == (status == null)) {
            throw new IllegalArgumentException("a focus or a status, not both");
        }
    }

    public FocusedCases(CaseListFocus focus) {
        this(Objects.requireNonNull(focus, "focus"), null);
    }

    /** The cases of one status. */
    public static FocusedCases withStatus(CaseStatus status) {
        return new FocusedCases(null, StatusFilter.only(status));
    }

    @Override
    public Section section() {
        return Section.CASES;
    }
}
