package org.trustcase.model.assessment;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.trustcase.model.common.Problem;
import org.trustcase.model.cases.BreachType;
import org.trustcase.model.cases.CaseDetails;
import org.trustcase.model.cases.SubjectCategory;
import org.trustcase.model.severity.SeverityBand;
import org.trustcase.model.severity.SeverityMethod;

/**
 * Derives a suggestion from the latest assessment and the case's facts:
 * <ol>
 * <li>the ENISA band gives the starting point: low → no risk; medium → risk; high and very high →
 * high risk;</li>
 * <li>a confidentiality-only breach of data that was unintelligible to others (e.g. strongly
 * encrypted) is unlikely to result in a risk (EDPB 01/2021, stolen encrypted device);</li>
 * <li>Art. 9/10 data, children or vulnerable adults do not let a breach pass as "no risk";</li>
 * <li>the number of subjects is reported for the DPO to weigh (ENISA: considered after scoring);</li>
 * <li>for a high risk, an Art. 34(3) ground from the case's facts: (a) unintelligible data, (b)
 * high risk since removed, (c) disproportionate effort (public communication instead).</li>
 * </ol>
 */
public final class Suggester {
    private static final Set<SubjectCategory> VULNERABLE = EnumSet.of(SubjectCategory.CHILDREN,
            SubjectCategory.VULNERABLE_ADULTS);

    private Suggester() {
    }

    public static Suggestion suggest(Assessment latest, CaseDetails facts) {
        List<Problem> reasons = new ArrayList<>();
        SeverityBand band = latest.result().band();
        RiskOutcome outcome = switch (band) {
            case LOW -> RiskOutcome.NO_RISK;
            case MEDIUM -> RiskOutcome.RISK;
            case HIGH, VERY_HIGH -> RiskOutcome.HIGH_RISK;
        };
        reasons.add(SuggestionReason.BAND.with(String.valueOf(latest.version()),
                SeverityMethod.plain(latest.result().score()), band.code(), SuggestionReason.outcome(outcome)));

        boolean unintelligible = Boolean.TRUE.equals(facts.dataUnintelligible());
        boolean confidentialityOnly = facts.breachTypes().equals(EnumSet.of(BreachType.CONFIDENTIALITY));
        if (unintelligible && confidentialityOnly && outcome != RiskOutcome.NO_RISK) {
            outcome = RiskOutcome.NO_RISK;
            reasons.add(SuggestionReason.UNINTELLIGIBLE.with());
        }

        if (outcome == RiskOutcome.NO_RISK && !(unintelligible && confidentialityOnly)) {
            if (facts.involvesSpecialCategories()) {
                outcome = outcome.raised();
                reasons.add(SuggestionReason.SPECIAL_CATEGORIES.with());
            } else if (facts.subjectCategories().stream().anyMatch(VULNERABLE::contains)) {
                outcome = outcome.raised();
                reasons.add(SuggestionReason.VULNERABLE_SUBJECTS.with());
            }
        }

        if (facts.approxSubjects() != null) {
            reasons.add(SuggestionReason.SUBJECTS.with(String.valueOf(facts.approxSubjects())));
        } else {
            reasons.add(SuggestionReason.SUBJECTS_UNKNOWN.with());
        }

        Art34Exception exception = null;
        if (outcome == RiskOutcome.HIGH_RISK) {
            exception = exception(facts, reasons);
        }
        boolean notifyAuthority = outcome != RiskOutcome.NO_RISK;
        boolean notifySubjects = outcome == RiskOutcome.HIGH_RISK && exception == null;
        reasons.add(conclusion(outcome, notifyAuthority, notifySubjects, exception));
        return new Suggestion(outcome, notifyAuthority, notifySubjects, exception, reasons, latest.version());
    }

    private static Art34Exception exception(CaseDetails facts, List<Problem> reasons) {
        Art34Exception ground = null;
        if (Boolean.TRUE.equals(facts.dataUnintelligible())) {
            ground = Art34Exception.UNINTELLIGIBLE;
        } else if (Boolean.TRUE.equals(facts.highRiskRemoved())) {
            ground = Art34Exception.HIGH_RISK_REMOVED;
        } else if (Boolean.TRUE.equals(facts.disproportionateEffort())) {
            ground = Art34Exception.DISPROPORTIONATE_EFFORT;
        }
        if (ground != null) {
            reasons.add(SuggestionReason.exception(ground));
        }
        return ground;
    }

    private static Problem conclusion(RiskOutcome outcome, boolean authority, boolean subjects, Art34Exception exception) {
        SuggestionReason who = !authority ? SuggestionReason.NOTIFY_NOBODY
                : subjects ? SuggestionReason.NOTIFY_AUTHORITY_AND_SUBJECTS
                : SuggestionReason.NOTIFY_AUTHORITY;
        return exception == null
                ? SuggestionReason.CONCLUSION.with(SuggestionReason.outcome(outcome), who.with())
                : SuggestionReason.CONCLUSION_UNDER.with(SuggestionReason.outcome(outcome), who.with(), exception.code());
    }
}
