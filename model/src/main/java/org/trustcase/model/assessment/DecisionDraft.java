package org.trustcase.model.assessment;

import java.util.ArrayList;
import java.util.List;
import org.trustcase.model.common.FieldError;
import org.trustcase.model.common.Problem;

/**
 * What the DPO decides about notification, before it is recorded.
 *
 * @param exception the Art. 34(3) ground for not telling data subjects individually, or {@code null}
 * @param departureJustification why the decision departs from the suggestion (required when it does)
 */
public record DecisionDraft(
        boolean notifyAuthority,
        String authorityReason,
        boolean notifySubjects,
        String subjectsReason,
        Art34Exception exception,
        String departureJustification) {

    public DecisionDraft {
        authorityReason = text(authorityReason);
        subjectsReason = text(subjectsReason);
        departureJustification = text(departureJustification);
    }

    /** True when the decision says something else than the suggestion. */
    public boolean departsFrom(Suggestion suggestion) {
        return notifyAuthority != suggestion.notifyAuthority() || notifySubjects != suggestion.notifySubjects()
                || exception != suggestion.exception();
    }

    /** Every rule the draft breaks against {@code suggestion}; each names its field. */
    public List<FieldError> check(Suggestion suggestion) {
        List<FieldError> errors = new ArrayList<>();
        if (authorityReason == null) {
            errors.add(new FieldError("authorityReason", notifyAuthority ? "decision.authority-reason-required"
                    : "decision.no-authority-reason-required"));
        }
        if (notifySubjects && exception != null) {
            errors.add(new FieldError("exception", "decision.exception-only-without-subjects"));
        }
        if (subjectsReason == null && exception == null) {
            errors.add(new FieldError("subjectsReason", notifySubjects ? "decision.subjects-reason-required"
                    : "decision.no-subjects-reason-required"));
        }
        if (departsFrom(suggestion) && departureJustification == null) {
            errors.add(new FieldError("departureJustification", "decision.departure-justification-required",
                    summaryProblem(suggestion.notifyAuthority(), suggestion.notifySubjects(), suggestion.exception())));
        }
        return errors;
    }

    /** What {@link #summary} says, as a problem: {@code decision.summary(answer.yes, answer.no)}. */
    static Problem summaryProblem(boolean authority, boolean subjects, Art34Exception exception) {
        Problem a = Problem.of(authority ? "answer.yes" : "answer.no");
        Problem s = Problem.of(subjects ? "answer.yes" : "answer.no");
        return exception == null ? Problem.of("decision.summary", a, s)
                : Problem.of("decision.summary-under", a, s, exception.code());
    }

    static String summary(boolean authority, boolean subjects, Art34Exception exception) {
        return "authority " + (authority ? "yes" : "no") + ", data subjects " + (subjects ? "yes" : "no")
                + (exception == null ? "" : " under Art. " + exception.code());
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
