package org.trustcase.app.text;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.trustcase.model.common.FieldError;
import org.trustcase.model.common.Problem;
import org.trustcase.model.common.TrustcaseException;
import org.trustcase.model.common.ValidationException;

/**
 * Turns the domain's {@link Problem}s into sentences, from the bundle {@code
 * org/trustcase/app/text/problems.properties}: one {@link MessageFormat} pattern per problem code.
 * Arguments are shown as the command line always showed them: texts as they are, numbers without
 * grouping ({@code 10000000}, {@code 0.25}), instants in ISO-8601 UTC ({@code 2026-03-30T10:00:00Z}),
 * nested problems rendered in turn, lists joined with {@code ", "}. A {@link Problem#field(String)}
 * reference is shown by the field namer: the command line names fields by their keys
 * ({@code detectedAt}), the screens by their labels.
 *
 * <p>JavaFX-free, so that the command line and the screens share it.
 */
public final class Texts {
    public static final String BUNDLE = "org.trustcase.app.text.problems";
    private static final String LIST_SEPARATOR = ", ";
    private static final String PROBLEM_SEPARATOR = "; ";

    private final ResourceBundle bundle;
    private final UnaryOperator<String> fieldNames;

    public Texts(ResourceBundle bundle, UnaryOperator<String> fieldNames) {
        this.bundle = Objects.requireNonNull(bundle, "bundle");
        this.fieldNames = Objects.requireNonNull(fieldNames, "fieldNames");
    }

    /** English, fields named by their keys: what the command line prints. */
    public static Texts english() {
        return forLocale(Locale.ROOT, UnaryOperator.identity());
    }

    public static Texts forLocale(Locale locale, UnaryOperator<String> fieldNames) {
        return new Texts(ResourceBundle.getBundle(BUNDLE, locale), fieldNames);
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /** The sentence for {@code problem}. */
    public String render(Problem problem) {
        if (problem.isField()) {
            return fieldNames.apply((String) problem.arg(0));
        }
        String pattern;
        try {
            pattern = bundle.getString(problem.code());
        } catch (MissingResourceException e) {
            // A code without a sentence is a bug the bundle test catches; show the facts rather than nothing.
            return problem.toString();
        }
        Object[] args = problem.args().stream().map(this::argument).toArray();
        return new MessageFormat(pattern, bundle.getLocale()).format(args);
    }

    /** {@code field: problem}, the field named by its key (as the command line and the logs name it). */
    public String render(FieldError error) {
        return error.field() + ": " + render(error.problem());
    }

    /** Every problem of {@code failure}, in order, joined by {@code "; "}; a validation names each field. */
    public String render(TrustcaseException failure) {
        if (failure instanceof ValidationException invalid) {
            return invalid.errors().stream().map(this::render).collect(Collectors.joining(PROBLEM_SEPARATOR));
        }
        return failure.problems().stream().map(this::render).collect(Collectors.joining(PROBLEM_SEPARATOR));
    }

    private String argument(Object arg) {
        if (arg instanceof Problem nested) {
            return render(nested);
        }
        if (arg instanceof List<?> list) {
            return list.stream().map(this::argument).collect(Collectors.joining(LIST_SEPARATOR));
        }
        if (arg instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (arg instanceof Instant instant) {
            return instant.toString();
        }
        return String.valueOf(arg);
    }
}
