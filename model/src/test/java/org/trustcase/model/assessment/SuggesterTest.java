package org.trustcase.model.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trustcase.model.cases.BreachType;
import org.trustcase.model.common.Problem;
import org.trustcase.model.cases.CaseDetails;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.DataCategory;
import org.trustcase.model.cases.SubjectCategory;
import org.trustcase.model.severity.DataType;
import org.trustcase.model.severity.IdentificationEase;
import org.trustcase.model.severity.SeverityInputs;
import org.trustcase.model.severity.SeverityMethod;

class SuggesterTest {
    private static final Instant AT = Instant.parse("2026-04-01T09:00:00Z");

    private static Assessment assessed(DataType type, IdentificationEase ease, String c, String i, String a,
            boolean malicious) {
        SeverityInputs inputs = new SeverityInputs(type, List.of(), ease, new BigDecimal(c), new BigDecimal(i),
                new BigDecimal(a), malicious);
        return new Assessment(new CaseReference(2026, 1), 1, "dpo", AT, inputs, SeverityMethod.standard().score(inputs),
                null);
    }

    private static CaseDetails.Builder facts(BreachType... types) {
        return CaseDetails.builder().title("t").awareAt(AT).breachTypes(Set.of(types))
                .dataCategories(Set.of(DataCategory.CONTACT_DETAILS)).subjectCategories(Set.of(SubjectCategory.CUSTOMERS))
                .approxSubjects(20_000L);
    }

    @Test
    void stolenEncryptedDeviceIsDocumentOnly() {
        // laptop with customer financial data, strongly encrypted, key safe: scored as if exposed
        Assessment scored = assessed(DataType.FINANCIAL, IdentificationEase.MAXIMUM, "0.5", "0", "0", true);
        Suggestion s = Suggester.suggest(scored, facts(BreachType.CONFIDENTIALITY).dataUnintelligible(true).build());
        assertThat(s.outcome()).isEqualTo(RiskOutcome.NO_RISK);
        assertThat(s.notifyAuthority()).isFalse();
        assertThat(s.notifySubjects()).isFalse();
        assertThat(s.exception()).isNull();
        // financial 3 × 1 + 0.5 + 0.5 = 4: very high, yet unintelligible and confidentiality only
        assertThat(s.reasons()).containsExactly(
                Problem.of("reasoning.band", "1", "4", "very-high", Problem.of("reasoning.outcome.high-risk")),
                Problem.of("reasoning.unintelligible"),
                Problem.of("reasoning.subjects", "20000"),
                Problem.of("reasoning.conclusion", Problem.of("reasoning.outcome.no-risk"),
                        Problem.of("reasoning.notify.nobody")));
    }

    @Test
    void ransomwareWithBackupAndNoExfiltrationIsDocumentOnly() {
        // simple data, availability lost only briefly and restored from backup, no sign of exfiltration
        Assessment scored = assessed(DataType.SIMPLE, IdentificationEase.MAXIMUM, "0", "0", "0", true);
        Suggestion s = Suggester.suggest(scored, facts(BreachType.AVAILABILITY).build());
        assertThat(scored.result().band().code()).isEqualTo("low");
        assertThat(s.outcome()).isEqualTo(RiskOutcome.NO_RISK);
        assertThat(s.notifyAuthority()).isFalse();
        assertThat(s.notifySubjects()).isFalse();
    }

    @Test
    void stolenUnencryptedDeviceWithManyCustomersNotifiesAuthorityAndSubjects() {
        Assessment scored = assessed(DataType.FINANCIAL, IdentificationEase.MAXIMUM, "0.5", "0", "0.25", true);
        Suggestion s = Suggester.suggest(scored, facts(BreachType.CONFIDENTIALITY, BreachType.AVAILABILITY)
                .dataUnintelligible(false).build());
        assertThat(s.outcome()).isEqualTo(RiskOutcome.HIGH_RISK);
        assertThat(s.notifyAuthority()).isTrue();
        assertThat(s.notifySubjects()).isTrue();
        assertThat(s.exception()).isNull();
        // financial 3 × 1 + 0.5 + 0.25 + 0.5 = 4.25: very high
        assertThat(s.reasons()).containsExactly(
                Problem.of("reasoning.band", "1", "4.25", "very-high", Problem.of("reasoning.outcome.high-risk")),
                Problem.of("reasoning.subjects", "20000"),
                Problem.of("reasoning.conclusion", Problem.of("reasoning.outcome.high-risk"),
                        Problem.of("reasoning.notify.authority-and-subjects")));
    }

    @Test
    void mediumBandNotifiesTheAuthorityOnly() {
        Assessment scored = assessed(DataType.BEHAVIOURAL, IdentificationEase.MAXIMUM, "0.25", "0", "0", false);
        Suggestion s = Suggester.suggest(scored, facts(BreachType.CONFIDENTIALITY).build());
        assertThat(s.outcome()).isEqualTo(RiskOutcome.RISK);
        assertThat(s.notifyAuthority()).isTrue();
        assertThat(s.notifySubjects()).isFalse();
    }

    @Test
    void specialCategoriesOrChildrenAreNeverNoRisk() {
        Assessment low = assessed(DataType.SIMPLE, IdentificationEase.LIMITED, "0", "0", "0", false);
        Suggestion health = Suggester.suggest(low, facts(BreachType.CONFIDENTIALITY)
                .dataCategories(Set.of(DataCategory.HEALTH)).build());
        assertThat(health.outcome()).isEqualTo(RiskOutcome.RISK);
        assertThat(health.reasons()).contains(Problem.of("reasoning.special-categories"));
        Suggestion children = Suggester.suggest(low, facts(BreachType.CONFIDENTIALITY)
                .subjectCategories(Set.of(SubjectCategory.CHILDREN)).build());
        assertThat(children.outcome()).isEqualTo(RiskOutcome.RISK);
        assertThat(children.reasons()).contains(Problem.of("reasoning.vulnerable-subjects"))
                .doesNotContain(Problem.of("reasoning.special-categories"));
    }

    @Test
    void highRiskWithAnArt34GroundSuggestsTheException() {
        Assessment high = assessed(DataType.SENSITIVE, IdentificationEase.MAXIMUM, "0.5", "0", "0", false);
        Suggestion removed = Suggester.suggest(high, facts(BreachType.CONFIDENTIALITY).highRiskRemoved(true).build());
        assertThat(removed.exception()).isEqualTo(Art34Exception.HIGH_RISK_REMOVED);
        assertThat(removed.notifyAuthority()).isTrue();
        assertThat(removed.notifySubjects()).isFalse();

        Suggestion effort = Suggester.suggest(high, facts(BreachType.CONFIDENTIALITY).disproportionateEffort(true).build());
        assertThat(effort.exception()).isEqualTo(Art34Exception.DISPROPORTIONATE_EFFORT);
        assertThat(effort.exception().requiresPublicCommunication()).isTrue();
        assertThat(effort.reasons()).contains(Problem.of("reasoning.exception.34-3-c"));
        assertThat(effort.reasons()).last().isEqualTo(Problem.of("reasoning.conclusion-under",
                Problem.of("reasoning.outcome.high-risk"), Problem.of("reasoning.notify.authority"), "34-3-c"));

        Suggestion encryptedButAlsoLost = Suggester.suggest(high,
                facts(BreachType.CONFIDENTIALITY, BreachType.AVAILABILITY).dataUnintelligible(true).build());
        assertThat(encryptedButAlsoLost.outcome()).isEqualTo(RiskOutcome.HIGH_RISK);
        assertThat(encryptedButAlsoLost.exception()).isEqualTo(Art34Exception.UNINTELLIGIBLE);
    }

    @Test
    void unknownNumberOfSubjectsIsSaid() {
        Assessment scored = assessed(DataType.SIMPLE, IdentificationEase.MAXIMUM, "0", "0", "0", false);
        Suggestion s = Suggester.suggest(scored, facts(BreachType.CONFIDENTIALITY).approxSubjects(null).build());
        assertThat(s.reasons()).contains(Problem.of("reasoning.subjects-unknown"));
        assertThat(s.assessmentVersion()).isEqualTo(1);
    }
}
