package org.trustcase.model.notifications;

import java.util.List;
import org.trustcase.model.common.Coded;

/**
 * Who a notification went to. The supervisory authority's notification meets its clocks ({@link #rules()}); so does
 * the processor's notification of its controller (GDPR Art. 33(2)). The others are records of who else was told.
 */
public enum NotificationTarget implements Coded {
    /** The supervisory authority: GDPR Art. 33 and the UK GDPR's notification of the ICO. */
    AUTHORITY(List.of("GDPR-SA", "UK-ICO")),
    /** The controller, told by this organisation acting as its processor. */
    CONTROLLER(List.of("GDPR-PROCESSOR")),
    POLICE(List.of()),
    BANK(List.of()),
    INSURER(List.of()),
    OTHER_AUTHORITY(List.of()),
    OTHER(List.of());

    private final List<String> rules;

    NotificationTarget(List<String> rules) {
        this.rules = rules;
    }

    /** The deadline rules whose clock a notification of this target meets (an initial one, for the authority). */
    public List<String> rules() {
        return rules;
    }

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
