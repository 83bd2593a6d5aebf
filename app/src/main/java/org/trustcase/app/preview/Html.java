package org.trustcase.app.preview;

import java.util.regex.Pattern;

/**
 * The readable text of an HTML mail body, for its preview: scripts and styles dropped, block ends as line breaks,
 * tags removed, the common entities decoded. Not a renderer: a mail's HTML is never run or fetched from.
 */
final class Html {
    private static final Pattern HIDDEN = Pattern.compile("(?is)<(script|style|head)[^>]*>.*?</\\1\\s*>");
    private static final Pattern BREAK = Pattern.compile("(?i)<\\s*(br|/p|/div|/tr|/li|/h[1-6])[^>]*>");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t]*\\n(?:[ \\t]*\\n)+");

    private Html() {
    }

    static String toText(String html) {
        String text = HIDDEN.matcher(html).replaceAll("");
        text = BREAK.matcher(text).replaceAll("\n");
        text = TAG.matcher(text).replaceAll("");
        text = text.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
        return BLANK_LINES.matcher(text).replaceAll("\n\n").strip();
    }
}
