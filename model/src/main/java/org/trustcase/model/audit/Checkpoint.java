package org.trustcase.model.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * A signed statement of how far the audit trail went: the number of events and the hash of the last one, when it
 * was signed, and the signature (kept outside the database, so that rewriting the database cannot rewrite it).
 *
 * @param signature the Ed25519 signature over {@link #signedText()}, base64
 */
public record Checkpoint(long events, String headHash, Instant signedAt, String signature) {
    public Checkpoint {
        Objects.requireNonNull(headHash, "headHash");
        Objects.requireNonNull(signedAt, "signedAt");
    }

    /** What is signed: a tagged, unambiguous line. */
    public String signedText() {
        return "trustcase/audit-checkpoint/v1 " + events + " " + headHash + " " + signedAt;
    }
}
