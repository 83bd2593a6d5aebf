package org.trustcase.model.common;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the domain has to say (a refusal, a validation failure, a reason) as a stable code and its
 * arguments, never as a finished sentence: the interfaces turn it into words in the user's language.
 * The code names the message ({@code validation.required}, {@code guard.owner}); the arguments are
 * the facts it needs, in order: texts, whole or decimal numbers, instants, nested problems (codes
 * with their own arguments) and lists of these. Immutable.
 *
 * <p>{@link #toString()} is a stable technical form for logs and tests:
 * {@code validation.too-long(5001, 5000)}.
 */
public record Problem(String code, List<Object> args) {
    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(?:[.-][a-z0-9]+)*");

    /** A problem whose only argument is a reference to the field {@code key}; interfaces show its name. */
    public static final String FIELD = "field";

    public Problem {
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("not a problem code: '" + code + "'");
        }
        args = checked(Objects.requireNonNull(args, "args"));
    }

    public static Problem of(String code, Object... args) {
        return new Problem(code, Arrays.asList(args));
    }

    /** A reference to another field by its stable key ({@code detectedAt}), as an argument of a problem. */
    public static Problem field(String key) {
        return of(FIELD, Objects.requireNonNull(key, "key"));
    }

    /**
     * A term of the domain named by its stable code, as an argument of a problem: a rule flag ({@code term.flag},
     * {@code nis2-entity}), a deadline event ({@code term.event}, {@code initial-notification}) or a severity band
     * ({@code term.band}, {@code very-high}). The command line
     * prints the code; the screens name it in the user's words.
     */
    public static Problem term(String kind, String code) {
        Objects.requireNonNull(code, "code");
        return switch (kind) {
            case "flag" -> of("term.flag", code);
            case "event" -> of("term.event", code);
            case "band" -> of("term.band", code);
            default -> throw new IllegalArgumentException("not a kind of term: " + kind);
        };
    }

    /** True when this is a {@link #term(String, String)}. */
    public boolean isTerm() {
        return code.startsWith("term.") && args.size() == 1 && args.get(0) instanceof String;
    }

    /** True when this is a {@link #field(String)} reference. */
    public boolean isField() {
        return FIELD.equals(code) && args.size() == 1 && args.get(0) instanceof String;
    }

    /** The argument at {@code index}. */
    public Object arg(int index) {
        return args.get(index);
    }

    @Override
    public String toString() {
        return args.isEmpty() ? code : code + args.stream().map(Problem::technical).collect(Collectors.joining(", ", "(", ")"));
    }

    private static String technical(Object arg) {
        if (arg instanceof List<?> list) {
            return list.stream().map(Problem::technical).collect(Collectors.joining(", ", "[", "]"));
        }
        if (arg instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return String.valueOf(arg);
    }

    private static List<Object> checked(List<?> values) {
        List<Object> copy = new ArrayList<>(values.size());
        for (Object value : values) {
            copy.add(checked(value));
        }
        return List.copyOf(copy);
    }

    private static Object checked(Object value) {
        if (value instanceof String || value instanceof Integer || value instanceof Long
                || value instanceof BigDecimal || value instanceof Instant || value instanceof Problem) {
            return value;
        }
        if (value instanceof List<?> list) {
            return checked(list);
        }
        throw new IllegalArgumentException("not a problem argument (text, whole or decimal number, instant,"
                + " problem or list): " + (value == null ? "null" : value.getClass().getName()));
    }
}
