package org.trustcase.app.text;

import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.trustcase.model.audit.FieldChange;
import org.trustcase.model.timeline.TimelineEntry;

/**
 * What a line of a case's timeline says, from the bundle {@code org/trustcase/app/text/timeline.properties}: one
 * pattern per entry code, whose {@code {field}} places take the entry's values. A value that is a code of a kind the
 * reader has words for (a status, a confidence, a notification's target) is given in words. JavaFX-free, so that the
 * command line and the screens share it.
 */
public final class TimelineText {
    public static final String BUNDLE = "org.trustcase.app.text.timeline";
    private static final Pattern PLACE = Pattern.compile("\\{(@?)([A-Za-z]+)(<?)}");
    /** The fields whose values are times. */
    private static final java.util.Set<String> TIMES = java.util.Set.of("occurredTo", "dueAt", "at", "sentAt");
    /** Longest a note's text runs in one line of the timeline before it is cut. */
    private static final int LONGEST_VALUE = 160;

    private final ResourceBundle bundle;
    private final BiFunction<String, String, String> words;
    private final java.util.function.Function<java.time.Instant, String> instants;

    /**
     * @param words how a code of a kind ({@code casestatus}, {@code taskstatus}, {@code confidence},
     *              {@code notificationtarget}, {@code notificationphase}) reads: the command line gives the code
     */
    public TimelineText(ResourceBundle bundle, BiFunction<String, String, String> words) {
        this(bundle, words, java.time.Instant::toString);
    }

    /** @param instants how a time among the values reads (the command line: ISO-8601 UTC) */
    public TimelineText(ResourceBundle bundle, BiFunction<String, String, String> words,
            java.util.function.Function<java.time.Instant, String> instants) {
        this.bundle = Objects.requireNonNull(bundle, "bundle");
        this.words = Objects.requireNonNull(words, "words");
        this.instants = Objects.requireNonNull(instants, "instants");
    }

    /**
     * In {@code language} where the bundle has it (else English, never the machine's language), codes worded by
     * {@code words}, times by {@code instants}: a document's.
     */
    public static TimelineText forLanguage(String language, BiFunction<String, String, String> words,
            java.util.function.Function<java.time.Instant, String> instants) {
        return new TimelineText(ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)), words,
                instants);
    }

    /** In English, values as their codes: the command line's. */
    public static TimelineText english() {
        return new TimelineText(ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH), (kind, code) -> code);
    }

    public String summary(TimelineEntry entry) {
        String key = "timeline." + entry.code();
        if ("occurred".equals(entry.code()) && entry.value("occurredTo") != null) {
            key += ".until";
        } else if (org.trustcase.model.timeline.TimelineService.PAST_EVENT.equals(entry.code())
                && entry.value("source") != null) {
            key += ".sourced";
        }
        if (!bundle.containsKey(key)) {
            return entry.code();
        }
        Matcher place = PLACE.matcher(bundle.getString(key));
        StringBuilder out = new StringBuilder();
        while (place.find()) {
            place.appendReplacement(out, Matcher.quoteReplacement(value(entry, place.group(1).equals("@"),
                    place.group(2), place.group(3).equals("<"))));
        }
        place.appendTail(out);
        return out.toString();
    }

    private String value(TimelineEntry entry, boolean fieldName, String field, boolean before) {
        if (fieldName) {
            return "fields".equals(field)
                    ? entry.changes().stream().map(FieldChange::field).distinct().collect(Collectors.joining(", "))
                    : entry.changes().isEmpty() ? "" : entry.changes().get(0).field();
        }
        String value = before ? entry.before(field) : entry.value(field);
        if (value == null) {
            return "";
        }
        String kind = switch (field) {
            case "status" -> entry.code().startsWith("task") ? "taskstatus" : "casestatus";
            case "confidence" -> "confidence";
            case "target" -> "notificationtarget";
            case "phase" -> "notificationphase";
            default -> null;
        };
        if (kind != null) {
            // a status move names the status as the enum is spelt (IN_PROGRESS): read as its code (in-progress)
            return words.apply(kind, value.toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        if (TIMES.contains(field)) {
            try {
                return instants.apply(java.time.Instant.parse(value));
            } catch (java.time.format.DateTimeParseException notATime) {
                return value;
            }
        }
        String line = value.replace('\n', ' ');
        return line.length() > LONGEST_VALUE ? line.substring(0, LONGEST_VALUE - 1) + "\u2026" : line;
    }
}
