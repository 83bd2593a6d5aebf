package org.trustcase.model.common;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Base of every failure the domain reports on purpose; anything else is a bug. What went wrong is
 * {@link #problems()}, codes with arguments that the interfaces render in the user's language; the
 * message is the same facts in a stable technical form ({@code code(args); code(args)}), for logs.
 */
public abstract class TrustcaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    protected TrustcaseException(List<Problem> problems) {
        this(problems, null);
    }

    protected TrustcaseException(List<Problem> problems, Throwable cause) {
        this(technical(problems), problems, cause);
    }

    /** For a subclass that writes its own technical message for the same problems. */
    protected TrustcaseException(String technicalMessage, List<Problem> problems, Throwable cause) {
        super(technicalMessage, cause);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a failure needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** What went wrong, in order; never empty. */
    public List<Problem> problems() {
        return problems;
    }

    private static String technical(List<Problem> problems) {
        return Objects.requireNonNull(problems, "problems").stream().map(Problem::toString)
                .collect(Collectors.joining("; "));
    }
}
