package org.trustcase.app.ui.cases;

import java.util.EnumSet;
import java.util.Set;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.common.Coded;

/** Which statuses the cases list shows: every case, the open ones, or one status. Labelled {@code statusfilter.<code>}. */
public enum StatusFilter implements Coded {
    ALL(EnumSet.allOf(CaseStatus.class)),
    OPEN(EnumSet.complementOf(EnumSet.of(CaseStatus.CLOSED, CaseStatus.NOT_A_BREACH))),
    NEW(EnumSet.of(CaseStatus.NEW)),
    TRIAGE(EnumSet.of(CaseStatus.TRIAGE)),
    INVESTIGATING(EnumSet.of(CaseStatus.INVESTIGATING)),
    NOTIFYING(EnumSet.of(CaseStatus.NOTIFYING)),
    CLOSED(EnumSet.of(CaseStatus.CLOSED)),
    NOT_A_BREACH(EnumSet.of(CaseStatus.NOT_A_BREACH));

    private final Set<CaseStatus> statuses;

    StatusFilter(Set<CaseStatus> statuses) {
        this.statuses = Set.copyOf(statuses);
    }

    /** The statuses the list keeps; empty for every case (no condition at all). */
    public Set<CaseStatus> statuses() {
        return this == ALL ? Set.of() : statuses;
    }

    /** The filter that keeps the cases of {@code status} alone. */
    public static StatusFilter only(CaseStatus status) {
        return valueOf(status.name());
    }

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
