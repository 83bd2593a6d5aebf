package org.trustcase.model.evidence;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;
import org.trustcase.model.cases.CaseReference;

/**
 * One piece of evidence of a case: a file kept once in the workspace's vault under its SHA-256, never under the name
 * it came with (which is kept as metadata only), with who collected it, when, from where and why.
 *
 * @param mediaType the type detected from the content, e.g. {@code application/pdf}
 * @param nameMismatch true when the original name's extension promises another type than the content is
 * @param state whether the stored file still matches its hash (as last verified), or the item was disposed of
 */
public record EvidenceItem(long id, CaseReference caseReference, String sha256, long size, String mediaType,
        boolean nameMismatch, String originalName, String source, String reason, String collectedBy,
        Instant collectedAt, EvidenceState state) {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public EvidenceItem {
        Objects.requireNonNull(caseReference, "caseReference");
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("a SHA-256 is 64 lower-case hex digits");
        }
        if (size < 0) {
            throw new IllegalArgumentException("a size is not negative");
        }
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(originalName, "originalName");
        Objects.requireNonNull(collectedBy, "collectedBy");
        Objects.requireNonNull(collectedAt, "collectedAt");
        Objects.requireNonNull(state, "state");
    }

    public EvidenceItem withId(long newId) {
        return new EvidenceItem(newId, caseReference, sha256, size, mediaType, nameMismatch, originalName, source,
                reason, collectedBy, collectedAt, state);
    }

    public EvidenceItem withState(EvidenceState newState) {
        return new EvidenceItem(id, caseReference, sha256, size, mediaType, nameMismatch, originalName, source,
                reason, collectedBy, collectedAt, newState);
    }
}
