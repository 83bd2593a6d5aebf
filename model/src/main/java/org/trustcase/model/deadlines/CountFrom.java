package org.trustcase.model.deadlines;

import org.trustcase.model.common.Coded;

/** Where day counting starts: at the trigger's local date, or at the last day of the trigger's calendar year (HIPAA HHS, fewer than 500). */
public enum CountFrom implements Coded {
    EVENT,
    END_OF_YEAR;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
