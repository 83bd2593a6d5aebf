package org.trustcase.app.ui.shell;

import java.util.Objects;
import org.trustcase.model.cases.CaseReference;

/** One case, shown in the content area (under the Cases section). */
public record OpenCase(CaseReference reference) implements Page {
    public OpenCase {
        Objects.requireNonNull(reference, "reference");
    }

    @Override
    public Section section() {
        return Section.CASES;
    }
}
