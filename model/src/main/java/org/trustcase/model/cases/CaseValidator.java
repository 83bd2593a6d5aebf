package org.trustcase.model.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.trustcase.model.common.FieldError;
import org.trustcase.model.common.PlainText;
import org.trustcase.model.common.PlausibleTime;
import org.trustcase.model.common.Problem;
import org.trustcase.model.common.ValidationException;

/**
 * The validation rules of a case's details. Every rule names the field it concerns, so that a form
 * can show the message beside the control and the command line can say which field is wrong.
 */
public final class CaseValidator {
    public static final int TITLE_MAX = 200;
    public static final int SHORT_TEXT_MAX = 200;
    public static final int LONG_TEXT_MAX = 20_000;

    private CaseValidator() {
    }

    /** Every rule the details break, judged at {@code now}; empty when they are valid. */
    public static List<FieldError> check(CaseDetails d, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        if (d.title() == null) {
            errors.add(new FieldError("title", "validation.required"));
        }
        maxLength(errors, "title", d.title(), TITLE_MAX);
        maxLength(errors, "summary", d.summary(), LONG_TEXT_MAX);
        maxLength(errors, "reporter", d.reporter(), SHORT_TEXT_MAX);
        maxLength(errors, "awareGapReason", d.awareGapReason(), LONG_TEXT_MAX);
        maxLength(errors, "remedialActions", d.remedialActions(), LONG_TEXT_MAX);
        maxLength(errors, "owner", d.owner(), SHORT_TEXT_MAX);
        singleLine(errors, "title", d.title());
        singleLine(errors, "reporter", d.reporter());
        singleLine(errors, "owner", d.owner());
        multiLine(errors, "summary", d.summary());
        multiLine(errors, "awareGapReason", d.awareGapReason());
        multiLine(errors, "remedialActions", d.remedialActions());

        if (d.awareAt() == null) {
            errors.add(new FieldError("awareAt", "case.aware-at-required"));
        }
        plausible(errors, "occurredFrom", d.occurredFrom());
        plausible(errors, "occurredTo", d.occurredTo());
        plausible(errors, "detectedAt", d.detectedAt());
        plausible(errors, "awareAt", d.awareAt());
        plausible(errors, "containedAt", d.containedAt());
        notInFuture(errors, "occurredFrom", d.occurredFrom(), now);
        notInFuture(errors, "occurredTo", d.occurredTo(), now);
        notInFuture(errors, "detectedAt", d.detectedAt(), now);
        notInFuture(errors, "awareAt", d.awareAt(), now);
        notInFuture(errors, "containedAt", d.containedAt(), now);

        if (before(d.occurredTo(), d.occurredFrom())) {
            errors.add(new FieldError("occurredTo", "validation.before", Problem.field("occurredFrom")));
        }
        if (before(d.detectedAt(), d.occurredFrom())) {
            errors.add(new FieldError("detectedAt", "case.detected-before-occurred", Problem.field("occurredFrom")));
        }
        if (before(d.awareAt(), d.detectedAt())) {
            errors.add(new FieldError("awareAt", "case.aware-before-detected", Problem.field("detectedAt")));
        }
        if (before(d.containedAt(), d.occurredFrom())) {
            errors.add(new FieldError("containedAt", "validation.before", Problem.field("occurredFrom")));
        }

        nonNegative(errors, "approxSubjects", d.approxSubjects());
        nonNegative(errors, "approxRecords", d.approxRecords());

        for (int i = 0; i < d.parties().size(); i++) {
            Party party = d.parties().get(i);
            if (party.name().isEmpty()) {
                errors.add(new FieldError("parties[" + i + "].name", "validation.required"));
            }
            maxLength(errors, "parties[" + i + "].name", party.name(), SHORT_TEXT_MAX);
            singleLine(errors, "parties[" + i + "].name", party.name());
        }
        return errors;
    }

    /** Throws a {@link ValidationException} listing every broken rule, if any. */
    public static void requireValid(CaseDetails details, Instant now) {
        List<FieldError> errors = check(details, now);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static boolean before(Instant a, Instant b) {
        return a != null && b != null && a.isBefore(b);
    }

    private static void maxLength(List<FieldError> errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(new FieldError(field, "validation.too-long", value.length(), max));
        }
    }

    private static void singleLine(List<FieldError> errors, String field, String value) {
        PlainText.forbiddenInLine(value).ifPresent(c -> errors.add(
                new FieldError(field, "validation.forbidden-character", PlainText.name(c))));
    }

    private static void multiLine(List<FieldError> errors, String field, String value) {
        PlainText.forbiddenInText(value).ifPresent(c -> errors.add(
                new FieldError(field, "validation.forbidden-character", PlainText.name(c))));
    }

    /** Before 1990 or after 9999: a typing error (the future is judged by {@link #notInFuture}). */
    private static void plausible(List<FieldError> errors, String field, Instant value) {
        FieldError error = PlausibleTime.check(field, value, null);
        if (error != null) {
            errors.add(error);
        }
    }

    private static void notInFuture(List<FieldError> errors, String field, Instant value, Instant now) {
        if (value != null && value.isAfter(now)) {
            errors.add(new FieldError(field, "validation.in-future", value));
        }
    }

    private static void nonNegative(List<FieldError> errors, String field, Long value) {
        if (value != null && value < 0) {
            errors.add(new FieldError(field, "validation.negative"));
        }
    }
}
