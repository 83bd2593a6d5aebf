package org.trustcase.model.audit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * An audit event as the hash chain sees it: its sequence number, its fields exactly as stored (absent ones
 * {@code null}; the changes and the note as their stored JSON text), in the order of {@link #FIELDS}, and the two
 * hashes stored with it ({@code null} when missing).
 */
public record ChainLink(long seq, List<String> fields, String previousHash, String hash) {
    /** The names of the fields, in the order they are hashed (and stored in {@link #fields()}). */
    public static final List<String> FIELDS = List.of("occurredAt", "actor", "caseReference", "action", "changes",
            "reason", "note");

    public ChainLink {
        Objects.requireNonNull(fields, "fields");
        // absent fields are null, which List.copyOf refuses
        fields = Collections.unmodifiableList(new ArrayList<>(fields));
    }
}
