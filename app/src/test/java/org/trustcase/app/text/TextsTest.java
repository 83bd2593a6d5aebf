package org.trustcase.app.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.model.common.FieldError;
import org.trustcase.model.common.Problem;
import org.trustcase.model.common.RuleViolationException;
import org.trustcase.model.common.ValidationException;

class TextsTest {
    private final Texts english = Texts.english();

    @Test
    void argumentsAreShownAsTheCommandLineAlwaysShowedThem() {
        assertThat(english.render(Problem.of("validation.too-long", 20_001, 20_000)))
                .isEqualTo("is too long (20001 characters, at most 20000)");
        assertThat(english.render(Problem.of("validation.in-future", Instant.parse("2026-04-01T00:01:00Z"))))
                .isEqualTo("is in the future (2026-04-01T00:01:00Z)");
        assertThat(english.render(Problem.of("severity.unknown-level", new BigDecimal("0.30"), "confidentiality",
                List.of(BigDecimal.ZERO, new BigDecimal("0.25"), new BigDecimal("0.5")))))
                .isEqualTo("'0.30' is not a level of loss of confidentiality (accepted: 0, 0.25, 0.5)");
    }

    @Test
    void nestedProblemsAreRenderedInTurn() {
        Problem refusal = Problem.of("refused", Problem.of("transition.cannot-close"), Problem.of("guard.legal-clocks",
                List.of(Problem.of("guard.legal-clocks.clock", "GDPR-SA", "running", Instant.parse("2026-03-30T10:00:00Z")))));
        assertThat(english.render(refusal)).isEqualTo("cannot close: legal deadlines without a recorded outcome: "
                + "GDPR-SA (running, due 2026-03-30T10:00:00Z); mark each met or waived");
    }

    @Test
    void aFailureJoinsItsProblemsAndAValidationNamesEachField() {
        RuleViolationException refused = new RuleViolationException(List.of(
                Problem.of("refused", Problem.of("transition.cannot-close"), Problem.of("guard.owner")),
                Problem.of("refused", Problem.of("transition.cannot-close"), Problem.of("guard.remedial-actions"))));
        assertThat(english.render(refused))
                .isEqualTo("cannot close: no owner assigned; cannot close: no remedial actions recorded");
        assertThat(refused.getMessage()).as("the model's own message is technical, not English")
                .isEqualTo("refused(transition.cannot-close, guard.owner); refused(transition.cannot-close, guard.remedial-actions)");

        ValidationException invalid = new ValidationException(List.of(new FieldError("title", "validation.required"),
                new FieldError("awareAt", "case.aware-before-detected", Problem.field("detectedAt"))));
        assertThat(english.render(invalid))
                .isEqualTo("title: is required; awareAt: is before detectedAt (awareness follows detection)");
    }

    @Test
    void theCommandLineNamesFieldsByKeyTheScreensByLabel() {
        Problem problem = Problem.of("case.aware-before-detected", Problem.field("detectedAt"));
        assertThat(english.render(problem)).isEqualTo("is before detectedAt (awareness follows detection)");
        assertThat(Messages.forLocale(Locale.ROOT).render(problem)).isEqualTo("is before detected at (awareness follows detection)");
    }

    @Test
    void aCodeWithoutASentenceShowsItsFactsRatherThanNothing() {
        assertThat(english.render(Problem.of("no.such-code", 7))).isEqualTo("no.such-code(7)");
    }
}
