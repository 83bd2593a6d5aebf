package org.trustcase.model.assessment;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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
        List<String> reasons = new ArrayList<>();
        SeverityBand band = latest.result().band();
        RiskOutcome outcome = switch (band) {
            case LOW -> RiskOutcome.NO_RISK;
            case MEDIUM -> RiskOutcome.RISK;
            case HIGH, VERY_HIGH -> RiskOutcome.HIGH_RISK;
        };
        reasons.add("Assessment v" + latest.version() + ": ENISA severity " + SeverityMethod.plain(latest.result().score())
                + " (" + band.code() + ") suggests " + describe(outcome) + ".");

        boolean unintelligible = Boolean.TRUE.equals(facts.dataUnintelligible());
        boolean confidentialityOnly = facts.breachTypes().equals(EnumSet.of(BreachType.CONFIDENTIALITY));
        if (unintelligible && confidentialityOnly && outcome != RiskOutcome.NO_RISK) {
            outcome = RiskOutcome.NO_RISK;
            reasons.add("The data was unintelligible to anyone not authorised and only its confidentiality was "
                    + "affected: the breach is unlikely to result in a risk (EDPB 01/2021, stolen encrypted device).");
        }

        if (outcome == RiskOutcome.NO_RISK && !(unintelligible && confidentialityOnly)) {
            if (facts.involvesSpecialCategories()) {
                outcome = outcome.raised();
                reasons.add("Art. 9/10 special categories are involved: treated as at least a risk.");
            } else if (facts.subjectCategories().stream().anyMatch(VULNERABLE::contains)) {
                outcome = outcome.raised();
                reasons.add("Children or vulnerable adults are affected: treated as at least a risk.");
            }
        }

        if (facts.approxSubjects() != null) {
            reasons.add("About " + facts.approxSubjects() + " data subjects are affected: weigh the number when "
                    + "deciding (ENISA considers it after scoring).");
        } else {
            reasons.add("The number of data subjects is not yet recorded.");
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

    private static Art34Exception exception(CaseDetails facts, List<String> reasons) {
        if (Boolean.TRUE.equals(facts.dataUnintelligible())) {
            reasons.add("Art. 34(3)(a) may apply: the data was unintelligible to anyone not authorised.");
            return Art34Exception.UNINTELLIGIBLE;
        }
        if (Boolean.TRUE.equals(facts.highRiskRemoved())) {
            reasons.add("Art. 34(3)(b) may apply: measures taken since mean the high risk is no longer likely.");
            return Art34Exception.HIGH_RISK_REMOVED;
        }
        if (Boolean.TRUE.equals(facts.disproportionateEffort())) {
            reasons.add("Art. 34(3)(c) may apply: telling each subject would involve disproportionate effort; "
                    + "a public communication or equally effective measure is required instead.");
            return Art34Exception.DISPROPORTIONATE_EFFORT;
        }
        return null;
    }

    private static String describe(RiskOutcome outcome) {
        return switch (outcome) {
            case NO_RISK -> "no risk";
            case RISK -> "a risk";
            case HIGH_RISK -> "a high risk";
        };
    }

    private static String conclusion(RiskOutcome outcome, boolean authority, boolean subjects, Art34Exception exception) {
        String who = !authority ? "document the breach only (Art. 33(5)); no notification"
                : subjects ? "notify the supervisory authority (Art. 33) and the data subjects (Art. 34)"
                : "notify the supervisory authority (Art. 33)";
        return "Suggestion: " + describe(outcome) + " - " + who
                + (exception == null ? "." : "; data subjects not individually, under Art. " + exception.code() + ".");
    }
}
