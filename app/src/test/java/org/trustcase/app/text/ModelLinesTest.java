package org.trustcase.app.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.model.assessment.Assessment;
import org.trustcase.model.assessment.Suggester;
import org.trustcase.model.audit.AuditAction;
import org.trustcase.model.audit.AuditEvent;
import org.trustcase.model.audit.AuditNote;
import org.trustcase.model.cases.BreachType;
import org.trustcase.model.cases.CaseDetails;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.DataCategory;
import org.trustcase.model.cases.Jurisdiction;
import org.trustcase.model.cases.SubjectCategory;
import org.trustcase.model.common.Problem;
import org.trustcase.model.deadlines.ClockEngine;
import org.trustcase.model.deadlines.ClockInputs;
import org.trustcase.model.deadlines.CountFrom;
import org.trustcase.model.deadlines.DeadlineClock;
import org.trustcase.model.deadlines.DeadlineEvent;
import org.trustcase.model.deadlines.DurationUnit;
import org.trustcase.model.deadlines.TimeLimit;
import org.trustcase.model.severity.DataType;
import org.trustcase.model.severity.DpcAdjustment;
import org.trustcase.model.severity.IdentificationEase;
import org.trustcase.model.severity.SeverityInputs;
import org.trustcase.model.severity.SeverityMethod;
import org.trustcase.model.severity.SeverityResult;

/** The model's coded lines read, in English, exactly as the sentences the model used to write. */
class ModelLinesTest {
    private static final Instant AT = Instant.parse("2026-04-01T09:00:00Z");
    private static final ClockEngine ENGINE = ClockEngine.standard();
    private final Texts english = Texts.english();

    private static SeverityInputs inputs(DataType type, IdentificationEase ease, String c, String i, String a,
            boolean malicious, DpcAdjustment... adjustments) {
        return new SeverityInputs(type, List.of(adjustments), ease, new BigDecimal(c), new BigDecimal(i),
                new BigDecimal(a), malicious);
    }

    private static SeverityResult score(DataType type, IdentificationEase ease, String c, String i, String a,
            boolean malicious, DpcAdjustment... adjustments) {
        return SeverityMethod.standard().score(inputs(type, ease, c, i, a, malicious, adjustments));
    }

    @Test
    void theEnisaExplanation() {
        // financial 3 × maximum 1 + confidentiality 0.5 + integrity 0.25 + malicious 0.5 = 4.25
        SeverityResult result = score(DataType.FINANCIAL, IdentificationEase.MAXIMUM, "0.5", "0.25", "0", true);
        assertThat(english.render(result.explanation())).containsExactly(
                "Data processing context: financial data, base score 3.",
                "Ease of identification: maximum (1).",
                "Loss of confidentiality +0.5: Data disclosed to an unknown number of recipients, or made public.",
                "Loss of integrity +0.25: Data altered and possibly used incorrectly, but recoverable.",
                "Malicious intent +0.5: The breach was caused deliberately (theft, hacking, insider with intent to harm).",
                "Severity = DPC × EI + CB = 3 × 1 + 1.25 = 4.25: very-high.");
    }

    @Test
    void adjustmentsAndClampingInTheExplanation() {
        // sensitive 4 + 2 = 6, clamped to 4; × 0.5 + availability 0.5 = 2.5
        SeverityResult result = score(DataType.SENSITIVE, IdentificationEase.LIMITED, "0", "0", "0.5", false,
                new DpcAdjustment(new BigDecimal("2"), "the controller's {whole} archive"));
        assertThat(english.render(result.explanation())).containsExactly(
                "Data processing context: sensitive data, base score 4.",
                "Adjusted by +2: the controller's {whole} archive.",
                "DPC 6 clamped to 4 (the method's range is 1 to 4).",
                "Ease of identification: limited (0.5).",
                "Loss of availability +0.5: Permanent unavailability: the data cannot be retrieved.",
                "Severity = DPC × EI + CB = 4 × 0.5 + 0.5 = 2.5: medium.");
    }

    @Test
    void theSuggestionsReasoning() {
        CaseDetails.Builder facts = CaseDetails.builder().title("t").awareAt(AT)
                .dataCategories(Set.of(DataCategory.CONTACT_DETAILS)).subjectCategories(Set.of(SubjectCategory.CUSTOMERS));
        // financial 3 × 1 + 0.5 + 0.5 = 4: very high; unintelligible data, confidentiality only
        Assessment encrypted = assessed(inputs(DataType.FINANCIAL, IdentificationEase.MAXIMUM, "0.5", "0", "0", true));
        assertThat(english.render(Suggester.suggest(encrypted, facts.breachTypes(Set.of(BreachType.CONFIDENTIALITY))
                .dataUnintelligible(true).approxSubjects(20_000L).build()).reasons())).containsExactly(
                "Assessment v1: ENISA severity 4 (very-high) suggests a high risk.",
                "The data was unintelligible to anyone not authorised and only its confidentiality was affected: the breach"
                        + " is unlikely to result in a risk (EDPB 01/2021, stolen encrypted device).",
                "About 20000 data subjects are affected: weigh the number when deciding (ENISA considers it after scoring).",
                "Suggestion: no risk - document the breach only (Art. 33(5)); no notification.");

        // sensitive 4 × 1 + 0.5 = 4.5: very high, on two kinds of breach; disproportionate effort
        Assessment high = assessed(inputs(DataType.SENSITIVE, IdentificationEase.MAXIMUM, "0.5", "0", "0", false));
        assertThat(english.render(Suggester.suggest(high, facts.breachTypes(Set.of(BreachType.CONFIDENTIALITY,
                BreachType.AVAILABILITY)).dataUnintelligible(false).disproportionateEffort(true).approxSubjects(null)
                .build()).reasons())).containsExactly(
                "Assessment v1: ENISA severity 4.5 (very-high) suggests a high risk.",
                "The number of data subjects is not yet recorded.",
                "Art. 34(3)(c) may apply: telling each subject would involve disproportionate effort; a public"
                        + " communication or equally effective measure is required instead.",
                "Suggestion: a high risk - notify the supervisory authority (Art. 33); data subjects not individually,"
                        + " under Art. 34-3-c.");

        // simple 1 × 0.5 = 0.5: low, yet children are affected
        Assessment low = assessed(inputs(DataType.SIMPLE, IdentificationEase.LIMITED, "0", "0", "0", false));
        assertThat(english.render(Suggester.suggest(low, facts.breachTypes(Set.of(BreachType.CONFIDENTIALITY))
                .disproportionateEffort(false).subjectCategories(Set.of(SubjectCategory.CHILDREN)).approxSubjects(12L)
                .build()).reasons())).containsExactly(
                "Assessment v1: ENISA severity 0.5 (low) suggests no risk.",
                "Children or vulnerable adults are affected: treated as at least a risk.",
                "About 12 data subjects are affected: weigh the number when deciding (ENISA considers it after scoring).",
                "Suggestion: a risk - notify the supervisory authority (Art. 33).");
    }

    @Test
    void aClocksReasonAndBasis() {
        ClockInputs.Builder gdpr = ClockInputs.builder().rule("GDPR-SA").jurisdiction(new Jurisdiction("PL"));
        DeadlineClock waiting = only(gdpr.build());
        assertThat(english.render(waiting.reason())).isEqualTo("waiting for aware");
        assertThat(english.render(waiting.basis())).isEqualTo("72 hours after aware");

        assertThat(english.render(only(ClockInputs.builder().rule("US-TX-AG").subjects(100L)
                .event(DeadlineEvent.DETERMINATION, AT).build()).reason()))
                .isEqualTo("applies from 250 subjects; the case has 100");
        assertThat(english.render(only(ClockInputs.builder().rule("US-TX-AG").event(DeadlineEvent.DETERMINATION, AT)
                .build()).reason())).isEqualTo("number of subjects unknown: assumed to be at least 250");
        assertThat(english.render(only(ClockInputs.builder().rule("NIS2-EARLY").build()).reason()))
                .isEqualTo("requires the flag nis2-entity");

        DeadlineClock dora = only(ClockInputs.builder().rule("DORA-INITIAL").flag("dora-financial-entity")
                .jurisdiction(new Jurisdiction("DE")).event(DeadlineEvent.AWARE, AT).build());
        assertThat(english.render(dora.reason())).isEqualTo("may move earlier once classified-major is recorded");
        assertThat(english.render(dora.basis())).isEqualTo("the earliest of 4 hours after classified-major and 24 hours"
                + " after aware, unless classified-major comes later");

        assertThat(english.render(only(ClockInputs.builder().rule("JP-APPI-FINAL").flag("malicious")
                .event(DeadlineEvent.DETECTED, AT).build()).basis()))
                .isEqualTo("60 calendar days after detected (Breach for an unlawful purpose: 60 days.)");
    }

    @Test
    void wordsThatDependOnANumber() {
        assertThat(english.render(TimeLimit.after(DeadlineEvent.AWARE, 1, DurationUnit.CALENDAR_DAYS).basis()))
                .isEqualTo("1 calendar day after aware");
        assertThat(english.render(TimeLimit.after(DeadlineEvent.AWARE, 1, DurationUnit.HOURS).basis()))
                .isEqualTo("1 hour after aware");
        assertThat(english.render(new TimeLimit(DeadlineEvent.DETECTED, 2, DurationUnit.MONTHS, CountFrom.END_OF_YEAR)
                .basis())).isEqualTo("2 months after the end of the calendar year of detected");
        assertThat(english.render(TimeLimit.after(DeadlineEvent.AWARE, 10, DurationUnit.BUSINESS_DAYS).basis()))
                .isEqualTo("10 business days after aware");
        assertThat(english.render(Problem.of("clock.reason.requires-flags", 2, List.of("a", "b"))))
                .isEqualTo("requires the flags a, b");
    }

    @Test
    void auditNotesAndTheReasonOfAnEvent() {
        Problem reasons = AuditNote.AND_DEPARTURE_JUSTIFICATION.with(AuditNote.AND_SUBJECTS_REASON.with(
                AuditNote.DECISION_REASONS.with("Risk to finances"), "Cards to block"), "No contact details");
        AuditEvent decided = new AuditEvent(1, AT, "dpo", "TC-2026-0001", AuditAction.DECISION_RECORDED, List.of(), null,
                reasons);
        assertThat(english.reason(decided)).isEqualTo(
                "authority: Risk to finances | data subjects: Cards to block | departure from the suggestion: No contact details");
        AuditEvent assessed = new AuditEvent(2, AT, "dpo", "TC-2026-0001", AuditAction.ASSESSMENT_RECORDED, List.of(), null,
                AuditNote.ASSESSMENT_VERSION.with("3"));
        assertThat(english.reason(assessed)).isEqualTo("assessment v3");
        AuditEvent typed = new AuditEvent(3, AT, "dpo", "TC-2026-0001", AuditAction.CASE_STATUS_CHANGED, List.of(),
                "Only public data");
        assertThat(english.reason(typed)).isEqualTo("Only public data");
        assertThat(english.reason(new AuditEvent(4, AT, "dpo", null, AuditAction.WORKSPACE_CREATED, List.of(), null)))
                .isNull();
    }

    @Test
    void aSentenceStoredBeforeTheCodesIsShownAsItWasWritten() {
        String old = "Adjusted by +1: the controller's '{0}' list.";
        assertThat(english.render(Problem.of(Texts.LEGACY_TEXT, old))).isEqualTo(old);
        assertThat(Messages.forLocale(Locale.ROOT).render(Problem.of(Texts.LEGACY_TEXT, old))).isEqualTo(old);
    }

    @Test
    void theScreensWordTheLinesAsTheCommandLineDoes() {
        SeverityResult result = score(DataType.BEHAVIOURAL, IdentificationEase.SIGNIFICANT, "0.25", "0", "0", false);
        assertThat(Messages.forLocale(Locale.ROOT).texts().render(result.explanation()))
                .isEqualTo(english.render(result.explanation()))
                .last().isEqualTo("Severity = DPC × EI + CB = 2 × 0.75 + 0.25 = 1.75: low.");
    }

    private static Assessment assessed(SeverityInputs inputs) {
        return new Assessment(new CaseReference(2026, 1), 1, "dpo", AT, inputs, SeverityMethod.standard().score(inputs), null);
    }

    private static DeadlineClock only(ClockInputs inputs) {
        List<DeadlineClock> clocks = ENGINE.compute(inputs, AT);
        assertThat(clocks).hasSize(1);
        return clocks.get(0);
    }
}
