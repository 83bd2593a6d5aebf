package org.trustcase.model.common;

import java.util.OptionalInt;

/**
 * What text a person typed may hold. A single-line value (a title, an owner, a name) holds no
 * control character, no line break and no bidirectional override; a multi-line value (a summary,
 * a reason) may hold line breaks and tabs, nothing else of the kind. Such characters could forge a
 * row in a printed list, clear a terminal or make a name read differently from what is stored.
 */
public final class PlainText {
    private PlainText() {
    }

    /** The first character a single-line value may not hold, if any. */
    public static OptionalInt forbiddenInLine(String value) {
        return first(value, false);
    }

    /** The first character a multi-line value may not hold, if any (line breaks and tabs are allowed). */
    public static OptionalInt forbiddenInText(String value) {
        return first(value, true);
    }

    /** True for a control character (C0, DEL, C1) or a bidirectional embedding, override or isolate. */
    public static boolean isUnsafe(int codePoint) {
        return Character.isISOControl(codePoint) || isBidiControl(codePoint)
                || codePoint == 0x2028 || codePoint == 0x2029;
    }

    private static boolean isBidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F
                || c == 0x061C;
    }

    private static OptionalInt first(String value, boolean multiLine) {
        if (value == null) {
            return OptionalInt.empty();
        }
        return value.codePoints()
                .filter(c -> isUnsafe(c) && !(multiLine && (c == '\n' || c == '\r' || c == '\t')))
                .findFirst();
    }

    /**
     * Text read from a file, made safe to keep and show: each character a multi-line value may not hold becomes a
     * space (line breaks and tabs stay).
     */
    public static String withoutHiddenCharacters(String value) {
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(c -> {
            if (isUnsafe(c) && c != '\n' && c != '\t') {
                out.append(' ');
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /** {@code U+001B}: how a character is named in a message. */
    public static String name(int codePoint) {
        return String.format("U+%04X", codePoint);
    }
}
