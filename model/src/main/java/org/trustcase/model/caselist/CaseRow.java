package org.trustcase.model.caselist;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.trustcase.model.caseclocks.ClockCoverage;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.cases.Jurisdiction;
import org.trustcase.model.deadlines.DeadlineKind;
import org.trustcase.model.deadlines.RuleCatalog;
import org.trustcase.model.severity.SeverityBand;

/**
 * One line of a case list: what the table shows, no more (the whole case is read when it is opened).
 *
 * @param band          the band of the latest assessment, or null before the first one
 * @param nextRuleId    the rule of the clock that matters next (overdue, or the soonest running), or null
 * @param nextDueAt     its due instant, or null
 * @param jurisdictions the case's jurisdiction codes, in the order entered, joined by ", " (empty when none)
 * @param coverage      whether the case's jurisdictions give it clocks; null until the list's use case has told
 *                      (a query reads the row, {@link CaseListService} adds what the rules say of it)
 * @param nextIsTarget  true when the next clock is a target (a good-practice time), not a legal deadline; told
 *                      with the coverage
 */
public record CaseRow(long id, CaseReference reference, String title, CaseStatus status, String owner,
        Instant awareAt, SeverityBand band, String nextRuleId, Instant nextDueAt, String jurisdictions,
        ClockCoverage coverage, boolean nextIsTarget) {

    public CaseRow {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
        jurisdictions = jurisdictions == null ? "" : jurisdictions;
    }

    /** A row as a query reads it, before the rules were asked about its jurisdictions. */
    public CaseRow(long id, CaseReference reference, String title, CaseStatus status, String owner,
            Instant awareAt, SeverityBand band, String nextRuleId, Instant nextDueAt, String jurisdictions) {
        this(id, reference, title, status, owner, awareAt, band, nextRuleId, nextDueAt, jurisdictions, null, false);
    }

    /**
     * This row with what {@code rules} say of it: whether its jurisdictions give it clocks (a settled case needs
     * none), and whether its next clock is a target rather than a legal deadline.
     */
    public CaseRow withRules(RuleCatalog rules) {
        ClockCoverage told = ClockCoverage.of(status, jurisdictionList(), rules.coverage());
        // of a rule that changed over time, the version in force when the organisation became aware (California's
        // residents: a target until 2025, a legal deadline since)
        boolean target = nextRuleId != null && rules.find(nextRuleId)
                .map(rule -> awareAt == null ? rule
                        : rules.versionOn(rule, awareAt.atZone(rule.zone()).toLocalDate()).orElse(rule))
                .map(rule -> rule.kind() == DeadlineKind.TARGET).orElse(false);
        return new CaseRow(id, reference, title, status, owner, awareAt, band, nextRuleId, nextDueAt, jurisdictions,
                told, target);
    }

    /** The jurisdictions, in the order entered; codes no longer known are left out. */
    public List<Jurisdiction> jurisdictionList() {
        if (jurisdictions.isBlank()) {
            return List.of();
        }
        return Arrays.stream(jurisdictions.split(",")).map(String::strip).filter(Jurisdiction::isKnown)
                .map(Jurisdiction::new).toList();
    }
}
