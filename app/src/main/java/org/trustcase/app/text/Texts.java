package org.trustcase.app.text;

import java.math.BigDecimal;
import java.text.ChoiceFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.trustcase.model.audit.AuditEvent;
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
 * ({@code detectedAt}), the screens by their labels. A whole number that a pattern chooses its words by
 * ({@code {0,choice,1#hour|1<hours}}) is given to the pattern as a number.
 *
 * <p>The same goes for the model's coded lines (explanations, suggestion and clock reasons, audit notes),
 * which are {@link Problem}s too. {@value #LEGACY_TEXT} is a sentence stored before messages were codes: its
 * one argument is printed as it is.
 *
 * <p>JavaFX-free, so that the command line and the screens share it.
 */
public final class Texts {
    public static final String BUNDLE = "org.trustcase.app.text.problems";
    private static final String LIST_SEPARATOR = ", ";
    private static final String PROBLEM_SEPARATOR = "; ";
    /** The code of a sentence stored as it was shown, before the model's messages were codes. */
    public static final String LEGACY_TEXT = "legacy-text";

    private final ResourceBundle bundle;
    private final UnaryOperator<String> fieldNames;
    private final Function<Instant, String> instants;
    private final BiFunction<String, String, String> termNames;

    public Texts(ResourceBundle bundle, UnaryOperator<String> fieldNames) {
        this(bundle, fieldNames, Instant::toString, (kind, code) -> code);
    }

    /**
     * @param instants  how an instant reads (the screens: in the user's zone; the command line: ISO-8601 UTC)
     * @param termNames how a {@link Problem#term term} of a kind ({@code flag}, {@code event}) reads (the screens: in
     *                  words; the command line: its code)
     */
    public Texts(ResourceBundle bundle, UnaryOperator<String> fieldNames, Function<Instant, String> instants,
            BiFunction<String, String, String> termNames) {
        this.bundle = Objects.requireNonNull(bundle, "bundle");
        this.fieldNames = Objects.requireNonNull(fieldNames, "fieldNames");
        this.instants = Objects.requireNonNull(instants, "instants");
        this.termNames = Objects.requireNonNull(termNames, "termNames");
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
        if (problem.isTerm()) {
            return termNames.apply(problem.code().substring("term.".length()), (String) problem.arg(0));
        }
        String pattern;
        try {
            pattern = bundle.getString(problem.code());
        } catch (MissingResourceException e) {
            // A code without a sentence is a bug the bundle test catches; show the facts rather than nothing.
            return problem.toString();
        }
        MessageFormat format = new MessageFormat(pattern, bundle.getLocale());
        Format[] formats = format.getFormatsByArgumentIndex();
        Object[] args = new Object[problem.args().size()];
        for (int i = 0; i < args.length; i++) {
            Object arg = problem.arg(i);
            boolean chosenBy = i < formats.length && formats[i] instanceof ChoiceFormat
                    && (arg instanceof Integer || arg instanceof Long);
            args[i] = chosenBy ? arg : argument(arg);
        }
        return format.format(args);
    }

    /** The sentences of coded lines, in order. */
    public List<String> render(List<Problem> lines) {
        return lines.stream().map(this::render).toList();
    }

    /** The sentence of a coded line, or {@code null} for none. */
    public String renderOrNull(Problem line) {
        return line == null ? null : render(line);
    }

    /** An audit event's reason: what a person typed, else what the application noted, else {@code null}. */
    public String reason(AuditEvent event) {
        return event.reason() != null ? event.reason() : renderOrNull(event.note());
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
            return instants.apply(instant);
        }
        return String.valueOf(arg);
    }
}
