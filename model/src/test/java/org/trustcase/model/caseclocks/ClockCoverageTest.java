package org.trustcase.model.caseclocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trustcase.model.caseclocks.ClockCoverage.Gap;
import org.trustcase.model.cases.Jurisdiction;
import org.trustcase.model.common.Problem;
import org.trustcase.model.deadlines.DeadlineRule;
import org.trustcase.model.deadlines.JurisdictionCoverage;
import org.trustcase.model.deadlines.RuleCatalog;

class ClockCoverageTest {
    private static final JurisdictionCoverage RULES = new JurisdictionCoverage(Set.of("PL", "GB", "US-NY"), Set.of());

    private static List<Jurisdiction> of(String... codes) {
        return java.util.Arrays.stream(codes).map(Jurisdiction::new).toList();
    }

    @Test
    void aCaseWithoutJurisdictionHasNoClockAndIsToldToAddOne() {
        ClockCoverage coverage = ClockCoverage.of(List.of(), RULES);

        assertThat(coverage.gap()).isEqualTo(Gap.NO_JURISDICTION);
        assertThat(coverage.noClock()).isTrue();
        assertThat(coverage.notice()).contains(Problem.of("clock.coverage.no-jurisdiction"));
    }

    @Test
    void aCaseWhoseJurisdictionsNoRuleCoversHasNoClockAndNamesThem() {
        ClockCoverage coverage = ClockCoverage.of(of("US-CA", "KR"), RULES);

        assertThat(coverage.gap()).isEqualTo(Gap.NONE_COVERED);
        assertThat(coverage.noClock()).isTrue();
        assertThat(coverage.notice()).contains(Problem.of("clock.coverage.none-covered", List.of("US-CA", "KR")));
    }

    @Test
    void aCasePartlyCoveredHasClocksAndNamesTheOthers() {
        ClockCoverage coverage = ClockCoverage.of(of("PL", "US-CA", "US-NY"), RULES);

        assertThat(coverage.gap()).isEqualTo(Gap.SOME_UNCOVERED);
        assertThat(coverage.noClock()).isFalse();
        assertThat(coverage.uncovered()).containsExactly("US-CA");
    }

    @Test
    void aCaseFullyCoveredHasNothingToSay() {
        ClockCoverage coverage = ClockCoverage.of(of("PL", "US-NY"), RULES);

        assertThat(coverage).isEqualTo(ClockCoverage.COVERED);
        assertThat(coverage.notice()).isEmpty();
    }

    @Test
    void aRuleOnEverySubdivisionCoversTheSubdivisionsButNotTheCountryItself() {
        JurisdictionCoverage everyState = new JurisdictionCoverage(Set.of(), Set.of("US"));

        assertThat(ClockCoverage.of(of("US-CA", "US-TX"), everyState)).isEqualTo(ClockCoverage.COVERED);
        assertThat(ClockCoverage.of(of("US"), everyState).gap()).isEqualTo(Gap.NONE_COVERED);
    }

    @Test
    void theShippedRulesCoverEveryJurisdictionTheyNameAndNothingElse() {
        RuleCatalog catalog = RuleCatalog.standard();
        JurisdictionCoverage coverage = catalog.coverage();
        for (DeadlineRule rule : catalog.rules()) {
            for (String entry : rule.jurisdictions()) {
                for (String code : catalog.groups().getOrDefault(entry, List.of(entry))) {
                    if (!code.endsWith("-*")) {
                        assertThat(coverage.covers(new Jurisdiction(code))).as(rule.id() + " " + code).isTrue();
                    }
                }
            }
        }
        // Antarctica has no data-protection authority: no rule will ever cover it
        assertThat(coverage.covers(new Jurisdiction("AQ"))).isFalse();
    }
}
