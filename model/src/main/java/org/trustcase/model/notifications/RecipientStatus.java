package org.trustcase.model.notifications;

import org.trustcase.model.common.Coded;

/** Where a data subject's communication stands. Codes are stored and read from status files. */
public enum RecipientStatus implements Coded {
    PENDING,
    SENT,
    DELIVERED,
    /** The e-mail came back undelivered. */
    BOUNCED,
    /** The letter came back by post. */
    RETURNED,
    /** The person confirmed they received it. */
    ACKNOWLEDGED;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
