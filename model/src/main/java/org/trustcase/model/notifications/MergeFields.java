package org.trustcase.model.notifications;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The merge fields of letter templates, written {@code {{recipient.name}}}: the recipient's columns (and the custom
 * columns of their file as {@code field.<column>}), the case, the breach as the authority draft describes it, the
 * organisation and its DPO, and the date of the letter.
 */
public final class MergeFields {
    /** The prefix of the case's fields (built, so that {@code case.…} is not read as a message code). */
    private static final String CASE = "case.";
    public static final List<String> KNOWN = List.of("recipient.name", "recipient.email", "recipient.address",
            CASE + "reference", CASE + "title", CASE + "occurred", CASE + "aware", "breach.nature", "breach.consequences",
            "breach.measures", "breach.advice", "breach.data", "org.name", "org.address", "org.registration",
            "dpo.name", "dpo.email", "dpo.phone", "today");
    /** The prefix of a recipient file's custom column. */
    public static final String CUSTOM = "field.";
    private static final Set<String> KNOWN_SET = Set.copyOf(KNOWN);
    private static final Pattern FIELD = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");

    private MergeFields() {
    }

    /** A merge field found in a text, with its line (from 1). */
    public record Use(String name, int line) {
    }

    /** The merge fields a text uses, in order. */
    public static List<Use> uses(String text) {
        List<Use> uses = new ArrayList<>();
        Matcher m = FIELD.matcher(text);
        int line = 1;
        int from = 0;
        while (m.find()) {
            for (int i = from; i < m.start(); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                }
            }
            from = m.start();
            uses.add(new Use(m.group(1), line));
        }
        return uses;
    }

    public static boolean isKnown(String name) {
        return KNOWN_SET.contains(name) || name.startsWith(CUSTOM) && name.length() > CUSTOM.length();
    }

    /**
     * The text with each field replaced by its value ({@code values} answers null for a field it has no value for:
     * left empty, as a letter must not show a field's name).
     */
    public static String fill(String text, Function<String, String> values) {
        Matcher m = FIELD.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 256);
        while (m.find()) {
            String value = values.apply(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The values of a map, for {@link #fill}. */
    public static Function<String, String> from(Map<String, String> values) {
        return values::get;
    }
}
