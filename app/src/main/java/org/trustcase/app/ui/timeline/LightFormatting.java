package org.trustcase.app.ui.timeline;

import java.util.ArrayList;
import java.util.List;

/**
 * The light formatting of a note, read into runs of text: {@code **bold**}, {@code *italic*}, and lines starting
 * {@code - } as list items (shown with a bullet). A mark without its pair is text. JavaFX-free, so that it is tested
 * alone; the screens turn the runs into styled text.
 */
public final class LightFormatting {
    /** A piece of text with its emphasis. */
    public record Run(String text, boolean bold, boolean italic) {
    }

    private LightFormatting() {
    }

    public static List<Run> runs(String text) {
        List<Run> runs = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith("- ")) {
                runs.add(new Run("\u2022 ", false, false));
                line = line.substring(2);
            }
            inline(line, runs);
            if (i < lines.length - 1) {
                runs.add(new Run("\n", false, false));
            }
        }
        return merged(runs);
    }

    private static void inline(String line, List<Run> runs) {
        int at = 0;
        StringBuilder plain = new StringBuilder();
        while (at < line.length()) {
            if (line.startsWith("**", at)) {
                int end = line.indexOf("**", at + 2);
                if (end > at + 2) {
                    flush(plain, runs);
                    runs.add(new Run(line.substring(at + 2, end), true, false));
                    at = end + 2;
                    continue;
                }
            } else if (line.charAt(at) == '*') {
                int end = line.indexOf('*', at + 1);
                if (end > at + 1 && !Character.isWhitespace(line.charAt(at + 1))) {
                    flush(plain, runs);
                    runs.add(new Run(line.substring(at + 1, end), false, true));
                    at = end + 1;
                    continue;
                }
            }
            plain.append(line.charAt(at));
            at++;
        }
        flush(plain, runs);
    }

    private static void flush(StringBuilder plain, List<Run> runs) {
        if (!plain.isEmpty()) {
            runs.add(new Run(plain.toString(), false, false));
            plain.setLength(0);
        }
    }

    /** Neighbouring runs of the same emphasis as one. */
    private static List<Run> merged(List<Run> runs) {
        List<Run> out = new ArrayList<>();
        for (Run run : runs) {
            if (!out.isEmpty()) {
                Run last = out.get(out.size() - 1);
                if (last.bold() == run.bold() && last.italic() == run.italic()) {
                    out.set(out.size() - 1, new Run(last.text() + run.text(), run.bold(), run.italic()));
                    continue;
                }
            }
            out.add(run);
        }
        return out;
    }
}
