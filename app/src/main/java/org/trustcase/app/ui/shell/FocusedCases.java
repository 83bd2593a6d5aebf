package org.trustcase.app.ui.shell;

import java.util.Objects;
import org.trustcase.app.ui.cases.CaseListFocus;

/** The cases list narrowed to the cases behind a dashboard figure (shown under the Cases section). */
public record FocusedCases(CaseListFocus focus) implements Page {
    public FocusedCases {
        Objects.requireNonNull(focus, "focus");
    }

    @Override
    public Section section() {
        return Section.CASES;
    }
}
