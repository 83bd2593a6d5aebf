package org.trustcase.model.cases;

import java.util.Locale;
import java.util.Optional;
import org.trustcase.model.common.Coded;
import org.trustcase.model.common.ValidationException;

/**
 * Where a case stands in its workflow. Transitions and their guards live in {@code org.trustcase.model.workflow}.
 * Stored by its code ({@code not-a-breach}); people and the command line use the names ({@code NOT_A_BREACH}).
 */
public enum CaseStatus implements Coded {
    NEW,
    TRIAGE,
    INVESTIGATING,
    NOTIFYING,
    CLOSED,
    /** Closed with a rationale: the suspected breach turned out not to involve personal data, or not to be a breach. */
    NOT_A_BREACH;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }

    public boolean isClosed() {
        return this == CLOSED || this == NOT_A_BREACH;
    }

    /** Accepts names and codes in any case: {@code NOT_A_BREACH}, {@code not-a-breach}, {@code triage}... */
    public static CaseStatus parse(String text, String field) {
        return find(text).orElseThrow(() -> new ValidationException(field, "case-status.unknown", String.valueOf(text)));
    }

    /**
     * The status named by {@code text}, a name or a code in any case, if any (the audit trail records
     * status changes by name).
     */
    public static Optional<CaseStatus> find(String text) {
        return text == null ? Optional.empty()
                : Coded.find(CaseStatus.class, text.strip().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}
