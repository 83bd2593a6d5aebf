package org.trustcase.app.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.message.DefaultMessageWriter;
import org.apache.james.mime4j.stream.RawField;

/**
 * A letter as an unsent e-mail (.eml) for the user's mail client: Trustcase sends no e-mail itself. Marked
 * {@code X-Unsent: 1} so that clients open it as a draft ready to send; the body is plain text in UTF-8.
 */
public final class EmlDraft {
    private EmlDraft() {
    }

    /** @param from the sender's address (the DPO's), or null to let the mail client fill it in */
    public static void write(String from, String to, String subject, String body, Instant date, OutputStream out)
            throws IOException {
        Message.Builder message = Message.Builder.of().setSubject(subject).setDate(Date.from(date))
                .setBody(body.replace("\r\n", "\n").replace("\n", "\r\n"), StandardCharsets.UTF_8)
                .setField(new RawField("X-Unsent", "1"));
        try {
            if (from != null && !from.isBlank()) {
                message.setFrom(from);
            }
            message.setTo(to);
        } catch (org.apache.james.mime4j.dom.field.ParseException e) {
            throw new IOException("not an e-mail address: " + e.getMessage(), e);
        }
        new DefaultMessageWriter().writeMessage(message.build(), out);
    }
}
