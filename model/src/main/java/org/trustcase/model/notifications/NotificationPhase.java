package org.trustcase.model.notifications;

import org.trustcase.model.common.Coded;

/**
 * The phases of a notification to the supervisory authority (GDPR Art. 33(4)): the initial notification, which
 * meets the authority's clock, and follow-ups that give what was not known at first.
 */
public enum NotificationPhase implements Coded {
    INITIAL,
    FOLLOW_UP;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
