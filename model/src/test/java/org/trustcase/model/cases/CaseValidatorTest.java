package org.trustcase.model.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trustcase.model.common.FieldError;
import org.trustcase.model.common.Problem;
import org.trustcase.model.common.ValidationException;
import org.trustcase.model.testing.Cases;

class CaseValidatorTest {
    private static final Instant NOW = Instant.parse("2026-04-01T00:00:00Z");

    private static List<String> fieldsIn(CaseDetails details) {
        return CaseValidator.check(details, NOW).stream().map(FieldError::field).toList();
    }

    private static List<FieldError> errors(CaseDetails.Builder builder) {
        return CaseValidator.check(builder.build(), NOW);
    }

    @Test
    void minimalAndCompleteCasesAreValid() {
        assertThat(CaseValidator.check(Cases.minimal(), NOW)).isEmpty();
        assertThat(CaseValidator.check(Cases.complete(), NOW)).isEmpty();
    }

    @Test
    void titleIsRequiredAndBlankCountsAsMissing() {
        assertThat(errors(Cases.minimal().toBuilder().title("   ")))
                .containsExactly(new FieldError("title", "validation.required"));
    }

    @Test
    void titleHasAMaximumLength() {
        assertThat(errors(Cases.minimal().toBuilder().title("x".repeat(CaseValidator.TITLE_MAX + 1))))
                .extracting(FieldError::field, FieldError::problem)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("title", Problem.of("validation.too-long", 201, 200)));
    }

    @Test
    void awareAtIsRequired() {
        assertThat(fieldsIn(Cases.minimal().toBuilder().awareAt(null).build())).containsExactly("awareAt");
    }

    @Test
    void instantsCannotLieInTheFuture() {
        Instant future = NOW.plusSeconds(60);
        assertThat(fieldsIn(Cases.minimal().toBuilder().awareAt(future).build())).containsExactly("awareAt");
        assertThat(errors(Cases.complete().toBuilder().containedAt(future)))
                .containsExactly(new FieldError("containedAt", "validation.in-future", Instant.parse("2026-04-01T00:01:00Z")));
    }

    @Test
    void awarenessCannotPrecedeDetection() {
        CaseDetails details = Cases.complete().toBuilder().detectedAt(Cases.AWARE.plusSeconds(1)).build();
        assertThat(fieldsIn(details)).containsExactly("awareAt");
    }

    @Test
    void aGapBetweenDetectionAndAwarenessMayStayUnexplainedAtIntake() {
        CaseDetails details = Cases.complete().toBuilder().awareGapReason(null).build();
        assertThat(fieldsIn(details)).isEmpty();
        assertThat(details.awarenessGapUnexplained()).isTrue();
        assertThat(details.toBuilder().detectedAt(Cases.AWARE).build().awarenessGapUnexplained()).isFalse();
        assertThat(Cases.complete().awarenessGapUnexplained()).isFalse();
    }

    @Test
    void occurrencePeriodMustBeOrdered() {
        CaseDetails details = Cases.complete().toBuilder()
                .occurredTo(Instant.parse("2026-03-25T17:00:00Z")).build();
        assertThat(fieldsIn(details)).containsExactly("occurredTo");
    }

    @Test
    void detectionAndContainmentCannotPrecedeTheBreach() {
        CaseDetails details = Cases.complete().toBuilder()
                .occurredFrom(Instant.parse("2026-03-26T09:00:00Z"))
                .occurredTo(null)
                .containedAt(Instant.parse("2026-03-26T08:30:00Z"))
                .build();
        assertThat(fieldsIn(details)).containsExactly("detectedAt", "containedAt");
    }

    @Test
    void countsCannotBeNegative() {
        CaseDetails details = Cases.minimal().toBuilder().approxSubjects(-1L).approxRecords(-5L).build();
        assertThat(fieldsIn(details)).containsExactly("approxSubjects", "approxRecords");
    }

    @Test
    void partiesNeedANameAndTheMessageSaysWhichOne() {
        CaseDetails details = Cases.minimal().toBuilder()
                .parties(List.of(new Party(PartyRole.PROCESSOR, "Acme"), new Party(PartyRole.POSTAL_OPERATOR, " ")))
                .build();
        assertThat(errors(details.toBuilder())).containsExactly(new FieldError("parties[1].name", "validation.required"));
    }

    @Test
    void longTextsHaveLimits() {
        String tooLong = "x".repeat(CaseValidator.LONG_TEXT_MAX + 1);
        CaseDetails details = Cases.minimal().toBuilder().summary(tooLong).remedialActions(tooLong)
                .owner("o".repeat(CaseValidator.SHORT_TEXT_MAX + 1)).build();
        assertThat(fieldsIn(details)).containsExactly("summary", "remedialActions", "owner");
    }

    @Test
    void requireValidReportsEveryBrokenRuleAtOnce() {
        CaseDetails details = CaseDetails.builder().title(null).awareAt(null).approxSubjects(-1L).build();
        assertThatThrownBy(() -> CaseValidator.requireValid(details, NOW))
                .isInstanceOf(ValidationException.class)
                .hasMessage("title: validation.required; awareAt: case.aware-at-required;"
                        + " approxSubjects: validation.negative");
    }
}
