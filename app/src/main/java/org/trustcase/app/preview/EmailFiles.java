package org.trustcase.app.preview;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;
import org.apache.james.mime4j.dom.TextBody;
import org.apache.james.mime4j.dom.address.AddressList;
import org.apache.james.mime4j.dom.address.MailboxList;
import org.apache.james.mime4j.field.address.AddressFormatter;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.poi.hsmf.MAPIMessage;
import org.apache.poi.hsmf.datatypes.AttachmentChunks;
import org.apache.poi.hsmf.exceptions.ChunkNotFoundException;

/**
 * Reads e-mail files: internet messages ({@code .eml}, {@code message/rfc822}) with mime4j, Outlook messages
 * ({@code .msg}) with POI. Limits keep a hostile message small: at most {@value #MAX_PARTS} parts, nesting
 * {@value #MAX_DEPTH} deep, {@value #MAX_FILE} bytes of file, and the body's first {@value #MAX_BODY} characters.
 */
public final class EmailFiles {
    static final long MAX_FILE = 100L << 20;
    static final int MAX_PARTS = 500;
    static final int MAX_DEPTH = 20;
    static final int MAX_BODY = 200_000;

    private EmailFiles() {
    }

    /** Whether a file of this type (and original name) is an e-mail these methods read. */
    public static boolean isEmail(String mediaType, String name) {
        String type = mediaType.toLowerCase(Locale.ROOT);
        return type.equals("message/rfc822") || isOutlook(type, name);
    }

    private static boolean isOutlook(String type, String name) {
        return type.equals("application/vnd.ms-outlook")
                || type.equals("application/x-tika-msoffice") && name.toLowerCase(Locale.ROOT).endsWith(".msg");
    }

    /** @throws IOException when the file is not a message these formats read, or larger than the limit */
    public static EmailMessage read(Path file, String mediaType, String name) throws IOException {
        if (Files.size(file) > MAX_FILE) {
            throw new IOException("larger than " + (MAX_FILE >> 20) + " MB");
        }
        if (isOutlook(mediaType.toLowerCase(Locale.ROOT), name)) {
            return readOutlook(file);
        }
        try (InputStream in = Files.newInputStream(file)) {
            Message message = parser().parseMessage(in);
            try {
                Parts parts = new Parts();
                parts.walk(message, 0);
                return new EmailMessage(mailboxes(message.getFrom()), addresses(message.getTo()),
                        addresses(message.getCc()), message.getDate() == null ? null : message.getDate().toInstant(),
                        text(message.getSubject()), parts.body(), parts.truncated(), parts.attachments);
            } finally {
                message.dispose();
            }
        }
    }

    /** The content of the attachment at {@code index} (as {@link #read} numbered it). */
    public static byte[] attachment(Path file, String mediaType, String name, int index) throws IOException {
        if (isOutlook(mediaType.toLowerCase(Locale.ROOT), name)) {
            try (MAPIMessage message = new MAPIMessage(file.toFile())) {
                AttachmentChunks[] chunks = message.getAttachmentFiles();
                if (index < 0 || index >= chunks.length || chunks[index].getAttachData() == null) {
                    throw new IOException("the message has no attachment " + index);
                }
                return chunks[index].getAttachData().getValue();
            }
        }
        try (InputStream in = Files.newInputStream(file)) {
            Message message = parser().parseMessage(in);
            try {
                Parts parts = new Parts();
                parts.walk(message, 0);
                if (index < 0 || index >= parts.bodies.size()) {
                    throw new IOException("the message has no attachment " + index);
                }
                try (InputStream content = parts.bodies.get(index).getInputStream()) {
                    return content.readNBytes((int) Math.min(MAX_FILE, Integer.MAX_VALUE - 8));
                }
            } finally {
                message.dispose();
            }
        }
    }

    private static DefaultMessageBuilder parser() {
        DefaultMessageBuilder builder = new DefaultMessageBuilder();
        builder.setMimeEntityConfig(new MimeConfig.Builder().setMaxPartCount(MAX_PARTS)
                .setMaxNestingDepth(MAX_DEPTH).setMaxHeaderCount(2_000).setMaxLineLen(-1)
                .setMaxHeaderLen(100_000).setMaxContentLen(MAX_FILE).build());
        return builder;
    }

    /** The message's text body and its attachments, in order. */
    private static final class Parts {
        private final StringBuilder plain = new StringBuilder();
        private final StringBuilder html = new StringBuilder();
        private final List<EmailMessage.Attachment> attachments = new ArrayList<>();
        private final List<SingleBody> bodies = new ArrayList<>();
        private boolean truncated;

        void walk(Entity entity, int depth) throws IOException {
            Body body = entity.getBody();
            if (body instanceof Multipart multipart) {
                for (Entity part : multipart.getBodyParts()) {
                    walk(part, depth + 1);
                }
                return;
            }
            boolean attached = entity.getFilename() != null || "attachment".equalsIgnoreCase(entity.getDispositionType())
                    || body instanceof Message;
            if (!attached && body instanceof TextBody text && entity.getMimeType().equals("text/plain")) {
                append(plain, text);
            } else if (!attached && body instanceof TextBody text && entity.getMimeType().equals("text/html")) {
                append(html, text);
            } else if (body instanceof SingleBody single) {
                String name = entity.getFilename() != null ? text(entity.getFilename())
                        : "attachment-" + (attachments.size() + 1);
                attachments.add(new EmailMessage.Attachment(attachments.size(), name, entity.getMimeType(),
                        single.size()));
                bodies.add(single);
            }
        }

        private void append(StringBuilder into, TextBody text) throws IOException {
            try (Reader reader = text.getReader()) {
                char[] buffer = new char[8192];
                int read;
                while ((read = reader.read(buffer)) != -1) {
                    int room = MAX_BODY - into.length();
                    if (room <= 0) {
                        truncated = true;
                        return;
                    }
                    into.append(buffer, 0, Math.min(read, room));
                }
            }
            if (into.length() > 0 && into.charAt(into.length() - 1) != '\n') {
                into.append('\n');
            }
        }

        String body() {
            // mail lines end in CRLF; a text area and a quoted passage use LF
            String text = plain.length() > 0 ? plain.toString().strip() : Html.toText(html.toString());
            return text.replace("\r\n", "\n");
        }

        boolean truncated() {
            return truncated;
        }
    }

    private static EmailMessage readOutlook(Path file) throws IOException {
        try (MAPIMessage message = new MAPIMessage(file.toFile())) {
            List<EmailMessage.Attachment> attachments = new ArrayList<>();
            AttachmentChunks[] chunks = message.getAttachmentFiles();
            for (int i = 0; i < chunks.length; i++) {
                AttachmentChunks chunk = chunks[i];
                if (chunk.getAttachData() == null) {
                    continue; // an embedded message or object: shown when opened in Outlook, not taken out here
                }
                String name = chunk.getAttachLongFileName() != null ? chunk.getAttachLongFileName().getValue()
                        : chunk.getAttachFileName() != null ? chunk.getAttachFileName().getValue()
                        : "attachment-" + (i + 1);
                String type = chunk.getAttachMimeTag() != null ? chunk.getAttachMimeTag().getValue()
                        : "application/octet-stream";
                attachments.add(new EmailMessage.Attachment(i, text(name), type,
                        chunk.getAttachData().getValue().length));
            }
            String body = optional(message::getTextBody).orElseGet(() -> Html.toText(optional(message::getHtmlBody)
                    .orElse("")));
            body = body.replace("\r\n", "\n");
            boolean truncated = body.length() > MAX_BODY;
            return new EmailMessage(optional(message::getDisplayFrom).orElse(""),
                    optional(message::getDisplayTo).orElse(""), optional(message::getDisplayCC).orElse(""),
                    optional(message::getMessageDate).map(date -> date.toInstant()).orElse(null),
                    optional(message::getSubject).orElse(""), truncated ? body.substring(0, MAX_BODY) : body,
                    truncated, attachments);
        }
    }

    private interface Field<T> {
        T get() throws ChunkNotFoundException;
    }

    private static <T> Optional<T> optional(Field<T> field) {
        try {
            return Optional.ofNullable(field.get());
        } catch (ChunkNotFoundException e) {
            return Optional.empty();
        }
    }

    /** Each mailbox with its display name ({@code Marta Wiśniewska <marta@example.pl>}), as the mail showed it. */
    private static String mailboxes(MailboxList list) {
        return list == null ? "" : text(String.join(", ", list.stream()
                .map(mailbox -> AddressFormatter.DEFAULT.format(mailbox, false)).toList()));
    }

    private static String addresses(AddressList list) {
        if (list == null) {
            return "";
        }
        List<String> shown = new ArrayList<>();
        for (var address : list) {
            StringBuilder one = new StringBuilder();
            AddressFormatter.DEFAULT.format(one, address, false);
            shown.add(one.toString());
        }
        return text(String.join(", ", shown));
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    /** For tests: reads a message from bytes. */
    static EmailMessage read(byte[] eml) throws IOException {
        Path temp = Files.createTempFile("trustcase-mail-", ".eml");
        try {
            Files.write(temp, eml);
            return read(temp, "message/rfc822", "mail.eml");
        } finally {
            Files.delete(temp);
        }
    }
}
