package org.trustcase.model.caselist;

import java.time.Instant;
import java.util.Objects;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.severity.SeverityBand;

/**
 * One line of a case list: what the table shows, no more (the whole case is read when it is opened).
 *
 * @param band          the band of the latest assessment, or null before the first one
 * @param nextRuleId    the rule of the clock that matters next (overdue, or the soonest running), or null
 * @param nextDueAt     its due instant, or null
 * @param jurisdictions the case's jurisdiction codes, in the order entered, joined by ", " (empty when none)
 */
public record CaseRow(long id, CaseReference reference, String title, CaseStatus status, String owner,
        Instant awareAt, SeverityBand band, String nextRuleId, Instant nextDueAt, String jurisdictions) {

    public CaseRow {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
        jurisdictions = jurisdictions == null ? "" : jurisdictions;
    }
}
