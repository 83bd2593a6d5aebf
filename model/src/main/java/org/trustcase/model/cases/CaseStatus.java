package org.trustcase.model.cases;

/** Where a case stands in its workflow. Transitions and their guards live in {@code org.trustcase.model.workflow}. */
public enum CaseStatus {
    NEW,
    TRIAGE,
    INVESTIGATING,
    NOTIFYING,
    CLOSED,
    /** Closed with a rationale: the suspected breach turned out not to involve personal data, or not to be a breach. */
    NOT_A_BREACH;

    public boolean isClosed() {
        return this == CLOSED || this == NOT_A_BREACH;
    }

    /** Accepts {@code NOT_A_BREACH}, {@code not-a-breach}, {@code triage}... */
    public static CaseStatus parse(String text, String field) {
        if (text != null) {
            String normalised = text.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
            for (CaseStatus status : values()) {
                if (status.name().equals(normalised)) {
                    return status;
                }
            }
        }
        throw new org.trustcase.model.common.ValidationException(field, "unknown status '" + text
                + "' (accepted: NEW, TRIAGE, INVESTIGATING, NOTIFYING, CLOSED, NOT_A_BREACH)");
    }
}
