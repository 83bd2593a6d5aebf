package org.trustcase.app.ui.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trustcase.model.assessment.Art34Exception;
import org.trustcase.model.assessment.RiskOutcome;
import org.trustcase.model.assessment.Suggestion;
import org.trustcase.app.text.Texts;
import org.trustcase.model.common.FieldError;
import org.trustcase.model.common.Problem;
import org.trustcase.model.common.ValidationException;

class DecisionFormViewModelTest {
    private static final Suggestion HIGH_RISK = new Suggestion(RiskOutcome.HIGH_RISK, true, true, null,
            List.of(Problem.of("reasoning.subjects-unknown")), 1);
    private static final Suggestion UNINTELLIGIBLE = new Suggestion(RiskOutcome.HIGH_RISK, true, false,
            Art34Exception.UNINTELLIGIBLE, List.of(Problem.of("reasoning.exception.34-3-a")), 2);

    private final DecisionFormViewModel form = new DecisionFormViewModel();

    @Test
    void nothingCanBeRecordedWithoutASuggestion() {
        form.notifyAuthorityProperty().set(true);
        form.authorityReasonProperty().set("High risk");
        form.notifySubjectsProperty().set(true);
        form.subjectsReasonProperty().set("High risk");
        assertThat(form.completeProperty().get()).isFalse();
        form.suggestionProperty().set(HIGH_RISK);
        assertThat(form.completeProperty().get()).isTrue();
    }

    @Test
    void followingTheSuggestionNeedsReasonsButNoJustification() {
        form.suggestionProperty().set(HIGH_RISK);
        assertThat(form.completeProperty().get()).as("nothing chosen").isFalse();
        assertThat(form.departsProperty().get()).as("nothing chosen, nothing departs").isFalse();

        form.followSuggestion();
        assertThat(form.notifyAuthorityProperty().get()).isTrue();
        assertThat(form.notifySubjectsProperty().get()).isTrue();
        assertThat(form.departsProperty().get()).isFalse();
        assertThat(form.completeProperty().get()).as("reasons missing").isFalse();

        form.authorityReasonProperty().set("Financial data of 500 customers");
        assertThat(form.completeProperty().get()).isFalse();
        form.subjectsReasonProperty().set("They should block their cards");
        assertThat(form.completeProperty().get()).isTrue();
        assertThat(form.draft().departureJustification()).isNull();
        assertThat(form.draft().check(HIGH_RISK)).isEmpty();
    }

    @Test
    void departingFromTheSuggestionRequiresAJustification() {
        form.suggestionProperty().set(HIGH_RISK);
        form.notifyAuthorityProperty().set(true);
        form.authorityReasonProperty().set("High risk");
        form.notifySubjectsProperty().set(false);
        form.subjectsReasonProperty().set("The cards were blocked before any use");

        assertThat(form.departsProperty().get()).isTrue();
        assertThat(form.completeProperty().get()).as("justification missing").isFalse();
        form.justificationProperty().set("  ");
        assertThat(form.completeProperty().get()).as("blank justification").isFalse();
        form.justificationProperty().set("The bank replaced every card within an hour");
        assertThat(form.completeProperty().get()).isTrue();
        assertThat(form.draft().departureJustification()).isEqualTo("The bank replaced every card within an hour");
        assertThat(form.draft().check(HIGH_RISK)).isEmpty();

        form.notifySubjectsProperty().set(true);
        assertThat(form.departsProperty().get()).as("back to the suggestion").isFalse();
        assertThat(form.completeProperty().get()).isTrue();
        assertThat(form.draft().departureJustification()).as("not kept when not departing").isNull();
    }

    @Test
    void aGroundOfArticle34ReplacesTheSubjectsReason() {
        form.suggestionProperty().set(UNINTELLIGIBLE);
        form.notifyAuthorityProperty().set(true);
        form.authorityReasonProperty().set("Risk to the customers");
        form.notifySubjectsProperty().set(false);
        assertThat(form.exceptionAllowedProperty().get()).isTrue();
        assertThat(form.departsProperty().get()).as("ground differs from the suggestion's").isTrue();

        form.exceptionProperty().set(Art34Exception.UNINTELLIGIBLE);
        assertThat(form.departsProperty().get()).isFalse();
        assertThat(form.completeProperty().get()).as("the ground stands for the reason").isTrue();
        assertThat(form.publicCommunicationRequiredProperty().get()).isFalse();

        form.exceptionProperty().set(Art34Exception.DISPROPORTIONATE_EFFORT);
        assertThat(form.publicCommunicationRequiredProperty().get()).isTrue();
        assertThat(form.departsProperty().get()).isTrue();

        form.notifySubjectsProperty().set(true);
        assertThat(form.exceptionProperty().get()).as("a ground only applies when subjects are not told").isNull();
        assertThat(form.exceptionAllowedProperty().get()).isFalse();
    }

    @Test
    void theModelsRefusalsAreShownBesideTheirFieldsUntilEdited() {
        form.suggestionProperty().set(HIGH_RISK);
        List<FieldError> other = form.showRejection(new ValidationException(List.of(
                new FieldError("departureJustification", "decision.departure-justification-required",
                        Problem.of("decision.summary", Problem.of("answer.yes"), Problem.of("answer.yes"))),
                new FieldError("authorityReason", "decision.no-authority-reason-required"),
                new FieldError("somethingElse", "validation.required"))), Texts.english());
        assertThat(other).extracting(FieldError::field).containsExactly("somethingElse");
        assertThat(form.problemProperty(DecisionFormViewModel.JUSTIFICATION).get())
                .isEqualTo("the decision departs from the suggestion (authority yes, data subjects yes): a justification is required");
        assertThat(form.problemProperty(DecisionFormViewModel.AUTHORITY_REASON).get())
                .isEqualTo("a reason is required (why the supervisory authority is not notified)");

        form.authorityReasonProperty().set("Typed now");
        assertThat(form.problemProperty(DecisionFormViewModel.AUTHORITY_REASON).get()).isEmpty();
        assertThat(form.problemProperty(DecisionFormViewModel.JUSTIFICATION).get()).isNotEmpty();
        form.justificationProperty().set("Because");
        assertThat(form.problemProperty(DecisionFormViewModel.JUSTIFICATION).get()).isEmpty();
    }

    @Test
    void clearingEmptiesTheForm() {
        form.suggestionProperty().set(HIGH_RISK);
        form.followSuggestion();
        form.authorityReasonProperty().set("x");
        form.clear();
        assertThat(form.notifyAuthorityProperty().get()).isNull();
        assertThat(form.authorityReasonProperty().get()).isEmpty();
        assertThat(form.completeProperty().get()).isFalse();
        assertThat(form.suggestionProperty().get()).as("the suggestion stays").isEqualTo(HIGH_RISK);
    }
}
