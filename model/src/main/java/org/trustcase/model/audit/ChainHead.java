package org.trustcase.model.audit;

/** The last event the trail recorded appending: its sequence number and hash ({@code 0} and genesis when none). */
public record ChainHead(long seq, String hash) {
    public static final ChainHead EMPTY = new ChainHead(0, AuditHasher.GENESIS);
    /** No head recorded at all: the record of it was removed. */
    public static final ChainHead MISSING = new ChainHead(-1, "");

    public boolean missing() {
        return seq < 0;
    }
}
