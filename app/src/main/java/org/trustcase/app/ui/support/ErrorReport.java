package org.trustcase.app.ui.support;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What an error dialog shows of a failure: a short summary in one line (never the whole message of a failure that
 * carries, say, an SQL statement of a million characters), and the technical details (the stack traces, bounded) for
 * an expandable area. The log always gets the whole failure.
 *
 * @param summary one line of at most {@link #SUMMARY_LIMIT} characters
 * @param details the stack traces of the failure and its causes, lines and length bounded
 * @param key     identical failures (same type, same summary) have the same key
 */
public record ErrorReport(String summary, String details, String key) {
    /** The longest summary shown. */
    public static final int SUMMARY_LIMIT = 200;
    /** The longest line of the details shown. */
    public static final int DETAIL_LINE_LIMIT = 1_000;
    /** The most characters of details shown. */
    public static final int DETAILS_LIMIT = 20_000;
    private static final int CHAIN_LIMIT = 25;

    public ErrorReport {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(key, "key");
    }

    public static ErrorReport of(Throwable failure, Messages messages) {
        Objects.requireNonNull(failure, "failure");
        String summary = summary(failure);
        if (summary == null) {
            summary = messages.format("error.unexpected.unknown", rootCause(failure).getClass().getSimpleName());
        }
        return new ErrorReport(summary, details(failure, messages), failure.getClass().getName() + ": " + summary);
    }

    /**
     * The message to show of a failure, in one line: the first message along the chain of causes that is one short
     * line, else the first line of the deepest message, shortened; {@code null} when no throwable has a message.
     */
    public static String summary(Throwable failure) {
        List<Throwable> chain = chain(failure);
        String deepest = null;
        for (Throwable link : chain) {
            String message = link.getMessage();
            if (message == null || message.isBlank()) {
                continue;
            }
            String trimmed = message.strip();
            if (trimmed.length() <= SUMMARY_LIMIT && trimmed.indexOf('\n') < 0 && trimmed.indexOf('\r') < 0) {
                return trimmed;
            }
            deepest = trimmed;
        }
        return deepest == null ? null : shorten(firstLine(deepest), SUMMARY_LIMIT);
    }

    private static String details(Throwable failure, Messages messages) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        StringBuilder shown = new StringBuilder();
        String text = trace.toString();
        int omitted = 0;
        for (String line : text.split("\\R")) {
            String bounded = shorten(line, DETAIL_LINE_LIMIT);
            if (shown.length() + bounded.length() + 1 > DETAILS_LIMIT) {
                omitted += line.length() + 1;
            } else {
                omitted += line.length() - bounded.length();
                shown.append(bounded).append('\n');
            }
        }
        if (omitted > 0) {
            shown.append(messages.format("error.details.truncated", omitted)).append('\n');
        }
        return shown.toString();
    }

    private static List<Throwable> chain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable link = failure; link != null && chain.size() < CHAIN_LIMIT && seen.add(link);
                link = link.getCause()) {
            chain.add(link);
        }
        return chain;
    }

    private static Throwable rootCause(Throwable failure) {
        List<Throwable> chain = chain(failure);
        return chain.get(chain.size() - 1);
    }

    private static String firstLine(String text) {
        int end = 0;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return text.substring(0, end).strip();
    }

    private static String shorten(String text, int limit) {
        if (text.length() <= limit) {
            return text;
        }
        return text.substring(0, limit - 1).stripTrailing() + "…";
    }
}
