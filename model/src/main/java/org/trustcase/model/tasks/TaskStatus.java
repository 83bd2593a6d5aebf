package org.trustcase.model.tasks;

import org.trustcase.model.common.Coded;

/** Where a task of the investigation stands. A task not needed says why. */
public enum TaskStatus implements Coded {
    OPEN,
    IN_PROGRESS,
    DONE,
    NOT_NEEDED;

    /** Whether the task still needs doing (it keeps a case from being closed). */
    public boolean pending() {
        return this == OPEN || this == IN_PROGRESS;
    }

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
