package org.trustcase.model.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The hash that chains the audit trail: SHA-256 over a domain tag and a canonical, length-prefixed encoding of an
 * event's stored fields, its sequence number and the previous event's hash. Any change to a field, to the order or
 * to the place of an event in the trail changes it. Hex, lower case.
 *
 * <p>The encoding: the tag; the sequence number as 8 bytes, big-endian; the previous hash; then each field, in
 * order, as one byte (0 absent, 1 present) followed, when present, by its UTF-8 length as 4 bytes, big-endian, and
 * its bytes. The tag and the previous hash are encoded as present fields. Not thread-safe: one per thread.
 */
public final class AuditHasher {
    /** The previous hash of the first event. */
    public static final String GENESIS = "0".repeat(64);
    private static final byte[] TAG = "trustcase/audit-event/v1".getBytes(StandardCharsets.US_ASCII);
    private static final HexFormat HEX = HexFormat.of();

    private final MessageDigest digest;
    private ByteBuffer buffer = ByteBuffer.allocate(4096);

    public AuditHasher() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /** The hash of event {@code seq} with these stored fields, following the event whose hash is {@code previous}. */
    public String hash(long seq, String previous, List<String> fields) {
        return HEX.formatHex(digest(seq, previous, fields));
    }

    /**
     * True when {@code expected} (hex) is the hash of event {@code seq} with these fields after {@code previous}:
     * what verifying asks of every event, without making the hash's text.
     */
    public boolean matches(long seq, String previous, List<String> fields, String expected) {
        if (expected == null || expected.length() != 64) {
            return false;
        }
        byte[] hash = digest(seq, previous, fields);
        for (int i = 0; i < hash.length; i++) {
            int high = Character.digit(expected.charAt(2 * i), 16);
            int low = Character.digit(expected.charAt(2 * i + 1), 16);
            if (high < 0 || low < 0 || (byte) (high << 4 | low) != hash[i]
                    || Character.isUpperCase(expected.charAt(2 * i)) || Character.isUpperCase(expected.charAt(2 * i + 1))) {
                return false;
            }
        }
        return true;
    }

    /** The canonical bytes hashed, for tests and for measuring. */
    public byte[] encode(long seq, String previous, List<String> fields) {
        fill(seq, previous, fields);
        byte[] bytes = new byte[buffer.position()];
        buffer.flip();
        buffer.get(bytes);
        return bytes;
    }

    private byte[] digest(long seq, String previous, List<String> fields) {
        fill(seq, previous, fields);
        digest.update(buffer.array(), 0, buffer.position());
        return digest.digest();
    }

    private void fill(long seq, String previous, List<String> fields) {
        buffer.clear();
        put(TAG);
        ensure(Long.BYTES);
        buffer.putLong(seq);
        put(previous);
        for (String field : fields) {
            if (field == null) {
                ensure(1);
                buffer.put((byte) 0);
            } else {
                put(field);
            }
        }
    }

    /** A present text field: ASCII written as it is (most of the trail), anything else through UTF-8. */
    private void put(String text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            if (text.charAt(i) >= 0x80) {
                put(text.getBytes(StandardCharsets.UTF_8));
                return;
            }
        }
        ensure(1 + Integer.BYTES + length);
        buffer.put((byte) 1).putInt(length);
        for (int i = 0; i < length; i++) {
            buffer.put((byte) text.charAt(i));
        }
    }

    private void put(byte[] bytes) {
        ensure(1 + Integer.BYTES + bytes.length);
        buffer.put((byte) 1).putInt(bytes.length).put(bytes);
    }

    private void ensure(int more) {
        if (buffer.remaining() < more) {
            ByteBuffer larger = ByteBuffer.allocate(Math.max(buffer.capacity() * 2, buffer.position() + more));
            buffer.flip();
            larger.put(buffer);
            buffer = larger;
        }
    }
}
