package org.trustcase.model.common;

import java.util.regex.Pattern;

/**
 * Whether a text reads as an e-mail address, as mail software accepts one in practice: something, one {@code @}, a
 * domain with a dot, no spaces, at most {@value #MAX} characters. Not a delivery check.
 */
public final class EmailAddress {
    public static final int MAX = 254;
    private static final Pattern FORM = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private EmailAddress() {
    }

    public static boolean isWellFormed(String text) {
        return text != null && text.length() <= MAX && FORM.matcher(text).matches();
    }
}
