package org.trustcase.app.ui.intake;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import org.trustcase.app.preview.EmailFiles;
import org.trustcase.app.preview.EmailMessage;
import org.trustcase.model.cases.CaseValidator;
import org.trustcase.model.common.PlainText;

/**
 * A case begun from an e-mail dropped on the Cases screen: what the New case form is pre-filled with (the subject as
 * the title, the sender as the reporter, the sending time as the time of awareness, the body as the summary), and the
 * file, which becomes the case's first evidence item. Read off the JavaFX thread.
 */
public record EmailIntake(Path file, String subject, String reporter, Instant sent, String summary) {

    /** Whether a dropped file is one this reads (by its name: its content is checked when it is read). */
    public static boolean looksLikeEmail(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".eml") || name.endsWith(".msg");
    }

    /** @throws IOException when the file is not a readable e-mail */
    public static EmailIntake read(Path file) throws IOException {
        String name = file.getFileName().toString();
        String type = name.toLowerCase(Locale.ROOT).endsWith(".msg") ? "application/vnd.ms-outlook"
                : "message/rfc822";
        EmailMessage message;
        try {
            message = EmailFiles.read(file, type, name);
        } catch (RuntimeException e) {
            // a parser's complaint about a malformed message is still "not a readable e-mail"
            throw new IOException(e.getMessage(), e);
        }
        return new EmailIntake(file, cut(line(message.subject()), CaseValidator.TITLE_MAX),
                cut(line(message.from()), CaseValidator.SHORT_TEXT_MAX), message.sent(),
                cut(text(message.body()), 4_000));
    }

    /** The text without what a case field refuses (control and direction characters), on one line. */
    private static String line(String value) {
        return text(value).replaceAll("\\s+", " ").strip();
    }

    private static String text(String value) {
        StringBuilder clean = new StringBuilder(value.length());
        value.codePoints().filter(c -> c == '\n' || c == '\t' || !PlainText.isUnsafe(c))
                .forEach(clean::appendCodePoint);
        return clean.toString().strip();
    }

    private static String cut(String value, int most) {
        return value.length() <= most ? value : value.substring(0, most - 1).strip() + "…";
    }
}
