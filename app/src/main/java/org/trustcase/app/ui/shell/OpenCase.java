package org.trustcase.app.ui.shell;

import java.util.Objects;
import org.trustcase.model.cases.CaseReference;

/**
 * One case, shown in the content area (under the Cases section).
 *
 * @param tabId the stable id of the tab to show first ({@code case-tab-deadlines}), or {@code null} for the first tab
 */
public record OpenCase(CaseReference reference, String tabId) implements Page {
    public OpenCase {
        Objects.requireNonNull(reference, "reference");
    }

    public OpenCase(CaseReference reference) {
        this(reference, null);
    }

    /** True when this page asks for the tab with {@code id} to be shown first. */
    public boolean asksFor(String id) {
        return tabId != null && tabId.equals(id);
    }

    @Override
    public Section section() {
        return Section.CASES;
    }
}
