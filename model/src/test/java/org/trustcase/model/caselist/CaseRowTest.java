package org.trustcase.model.caselist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.trustcase.model.caseclocks.ClockCoverage;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.deadlines.DeadlineKind;
import org.trustcase.model.deadlines.RuleCatalog;

class CaseRowTest {
    private static final Instant DUE = Instant.parse("2026-04-02T10:00:00Z");
    private static final RuleCatalog RULES = RuleCatalog.standard();

    private static CaseRow row(CaseStatus status, String nextRule, String jurisdictions) {
        return new CaseRow(1, new CaseReference(2026, 1), "Lost laptop", status, null, null, null, nextRule,
                nextRule == null ? null : DUE, jurisdictions);
    }

    @Test
    void theRulesTellWhetherTheNextClockIsATargetAndWhatTheJurisdictionsLeaveUncovered() {
        String target = RULES.rules().stream().filter(r -> r.kind() == DeadlineKind.TARGET).findFirst().orElseThrow().id();

        CaseRow legal = row(CaseStatus.TRIAGE, "GDPR-SA", "PL, AQ").withRules(RULES);
        assertThat(legal.nextIsTarget()).isFalse();
        assertThat(legal.coverage().gap()).isEqualTo(ClockCoverage.Gap.SOME_UNCOVERED);
        assertThat(legal.coverage().uncovered()).containsExactly("AQ");

        assertThat(row(CaseStatus.TRIAGE, target, "PL").withRules(RULES).nextIsTarget()).isTrue();
        assertThat(row(CaseStatus.NEW, null, "").withRules(RULES).coverage().gap())
                .isEqualTo(ClockCoverage.Gap.NO_JURISDICTION);
        assertThat(row(CaseStatus.CLOSED, null, "").withRules(RULES).coverage()).isEqualTo(ClockCoverage.SETTLED);
    }

    @Test
    void aRuleThatChangedIsATargetOrNotAsItsVersionWhenTheOrganisationBecameAware() {
        CaseRow in2025 = new CaseRow(1, new CaseReference(2025, 1), "Old", CaseStatus.TRIAGE, null,
                Instant.parse("2025-11-03T18:00:00Z"), null, "US-CA-RESIDENTS", DUE, "US-CA");
        CaseRow in2026 = new CaseRow(2, new CaseReference(2026, 2), "New", CaseStatus.TRIAGE, null,
                Instant.parse("2026-02-03T18:00:00Z"), null, "US-CA-RESIDENTS", DUE, "US-CA");
        assertThat(in2025.withRules(RULES).nextIsTarget()).isTrue();
        assertThat(in2026.withRules(RULES).nextIsTarget()).isFalse();
    }
}
