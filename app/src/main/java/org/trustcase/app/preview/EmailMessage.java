package org.trustcase.app.preview;

import java.time.Instant;
import java.util.List;

/**
 * An e-mail as evidence shows it: its header fields, its text body, and its attachments (each can be taken in as an
 * item of its own). Fields the message does not have are empty; {@code sent} is null without a date.
 */
public record EmailMessage(String from, String to, String cc, Instant sent, String subject, String body,
        boolean bodyTruncated, List<Attachment> attachments) {
    public EmailMessage {
        attachments = List.copyOf(attachments);
    }

    /** An attachment: its place in the message (to take it out again), its name, its declared type and size. */
    public record Attachment(int index, String name, String mediaType, long size) {
    }
}
