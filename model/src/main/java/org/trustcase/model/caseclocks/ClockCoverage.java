package org.trustcase.model.caseclocks;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.cases.Jurisdiction;
import org.trustcase.model.common.Coded;
import org.trustcase.model.common.Problem;
import org.trustcase.model.deadlines.JurisdictionCoverage;

/**
 * Whether an open case's jurisdictions give it legal clocks at all. A case with no jurisdiction, or only with
 * jurisdictions no deadline rule covers, has no clock: that is a gap the DPO must see wherever clocks are shown,
 * never an empty "—" that reads like a closed case. A case of which some jurisdictions are covered and others are
 * not has clocks, with a notice naming the others.
 *
 * @param gap       what is missing
 * @param uncovered the case's jurisdiction codes no rule covers, in the order entered (empty unless a gap names them)
 */
public record ClockCoverage(Gap gap, List<String> uncovered) {

    public enum Gap implements Coded {
        /** Every jurisdiction of the case is covered by at least one rule. */
        COVERED,
        /** The case is settled (closed or not a breach): it needs no clock. */
        SETTLED,
        /** The case has no jurisdiction: no rule can apply. */
        NO_JURISDICTION,
        /** None of the case's jurisdictions is covered by a rule: the case has no clock. */
        NONE_COVERED,
        /** Some of the case's jurisdictions are covered, the others are named. */
        SOME_UNCOVERED;

        @Override
        public String code() {
            return Coded.codeOf(this);
        }
    }

    public static final ClockCoverage COVERED = new ClockCoverage(Gap.COVERED, List.of());
    public static final ClockCoverage SETTLED = new ClockCoverage(Gap.SETTLED, List.of());

    public ClockCoverage {
        Objects.requireNonNull(gap, "gap");
        uncovered = List.copyOf(uncovered);
    }

    /** The coverage of a case: settled cases need none, open ones by their jurisdictions. */
    public static ClockCoverage of(BreachCase breachCase, JurisdictionCoverage rules) {
        return of(breachCase.status(), breachCase.details().jurisdictions(), rules);
    }

    /** The coverage of a case in {@code status} with {@code jurisdictions}: a settled case needs none. */
    public static ClockCoverage of(CaseStatus status, Collection<Jurisdiction> jurisdictions,
            JurisdictionCoverage rules) {
        return status.isClosed() ? SETTLED : of(jurisdictions, rules);
    }

    /** The coverage of an open case with {@code jurisdictions}. */
    public static ClockCoverage of(Collection<Jurisdiction> jurisdictions, JurisdictionCoverage rules) {
        if (jurisdictions.isEmpty()) {
            return new ClockCoverage(Gap.NO_JURISDICTION, List.of());
        }
        List<String> uncovered = jurisdictions.stream().filter(j -> !rules.covers(j)).map(Jurisdiction::code).toList();
        if (uncovered.isEmpty()) {
            return COVERED;
        }
        return new ClockCoverage(uncovered.size() == jurisdictions.size() ? Gap.NONE_COVERED : Gap.SOME_UNCOVERED,
                uncovered);
    }

    /** True when the case has no clock because of its jurisdictions. */
    public boolean noClock() {
        return gap == Gap.NO_JURISDICTION || gap == Gap.NONE_COVERED;
    }

    /**
     * What to tell the DPO: {@code clock.coverage.no-jurisdiction}, {@code clock.coverage.none-covered(codes)} or
     * {@code clock.coverage.some-uncovered(codes)}; empty when nothing is missing.
     */
    public Optional<Problem> notice() {
        return switch (gap) {
            case COVERED, SETTLED -> Optional.empty();
            case NO_JURISDICTION -> Optional.of(Problem.of("clock.coverage.no-jurisdiction"));
            case NONE_COVERED -> Optional.of(Problem.of("clock.coverage.none-covered", uncovered));
            case SOME_UNCOVERED -> Optional.of(Problem.of("clock.coverage.some-uncovered", uncovered));
        };
    }
}
