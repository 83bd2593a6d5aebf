package org.trustcase.app.ui.cases;

import java.time.Duration;
import java.time.Instant;
import org.trustcase.model.caselist.CaseQuery;
import org.trustcase.model.common.Coded;

/**
 * The cases behind one of the dashboard's deadline figures, as the cases list shows them: those with a legal clock
 * overdue, due within 24 or 72 hours, and the open cases without any clock. Its label key is
 * {@code cases.focus.<code>}.
 */
public enum CaseListFocus implements Coded {
    OVERDUE,
    DUE_WITHIN_DAY,
    DUE_WITHIN_3_DAYS,
    WITHOUT_CLOCK;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }

    /** The list's filter at {@code now}. */
    public CaseQuery.ClockFilter filter(Instant now) {
        return switch (this) {
            case OVERDUE -> new CaseQuery.LegalDue(null, now);
            case DUE_WITHIN_DAY -> new CaseQuery.LegalDue(now, now.plus(Duration.ofHours(24)));
            case DUE_WITHIN_3_DAYS -> new CaseQuery.LegalDue(now, now.plus(Duration.ofHours(72)));
            case WITHOUT_CLOCK -> new CaseQuery.NoClock(null);
        };
    }
}
