package org.trustcase.model.assessment;

import java.util.ArrayList;
import java.util.List;
import org.trustcase.model.common.FieldError;

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
            errors.add(new FieldError("authorityReason", "a reason is required (why the supervisory authority is "
                    + (notifyAuthority ? "" : "not ") + "notified)"));
        }
        if (notifySubjects && exception != null) {
            errors.add(new FieldError("exception", "an Art. 34(3) ground applies only when data subjects are not notified"));
        }
        if (subjectsReason == null && exception == null) {
            errors.add(new FieldError("subjectsReason", "a reason or an Art. 34(3) ground is required (why the data "
                    + "subjects are " + (notifySubjects ? "" : "not ") + "told)"));
        }
        if (departsFrom(suggestion) && departureJustification == null) {
            errors.add(new FieldError("departureJustification", "the decision departs from the suggestion ("
                    + summary(suggestion.notifyAuthority(), suggestion.notifySubjects(), suggestion.exception())
                    + "): a justification is required"));
        }
        return errors;
    }

    static String summary(boolean authority, boolean subjects, Art34Exception exception) {
        return "authority " + (authority ? "yes" : "no") + ", data subjects " + (subjects ? "yes" : "no")
                + (exception == null ? "" : " under Art. " + exception.code());
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
