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
        put(previous.getBytes(StandardCharsets.US_ASCII));
        for (String field : fields) {
            if (field == null) {
                ensure(1);
                buffer.put((byte) 0);
            } else {
                put(field.getBytes(StandardCharsets.UTF_8));
            }
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
