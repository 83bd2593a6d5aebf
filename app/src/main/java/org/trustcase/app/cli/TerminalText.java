package org.trustcase.app.cli;

import org.trustcase.model.common.PlainText;

/**
 * Stored text as the command line prints it: every control character, line break and bidirectional
 * control escaped ({@code \n}, {@code \t}, {@code \u001b}), so that no stored value can forge a
 * row of a list, move the cursor or clear the terminal. Everything else, accents included, is
 * printed as it is.
 */
final class TerminalText {
    private TerminalText() {
    }

    static String escape(String value) {
        if (value == null || value.codePoints().noneMatch(c -> PlainText.isUnsafe(c) || c == '\\')) {
            return value;
        }
        StringBuilder escaped = new StringBuilder(value.length() + 8);
        value.codePoints().forEach(c -> {
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '\t' -> escaped.append("\\t");
                default -> {
                    if (PlainText.isUnsafe(c)) {
                        escaped.append(String.format("\\u%04x", c));
                    } else {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }

    /** {@link #escape} of the value's text, {@code -} for none. */
    static String orDash(Object value) {
        return value == null ? "-" : escape(value.toString());
    }
}
