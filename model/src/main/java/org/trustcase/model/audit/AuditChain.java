package org.trustcase.model.audit;

import java.util.function.Predicate;

/** Port: the audit trail read as a hash chain, for verification. */
public interface AuditChain {

    /**
     * Passes every stored event to {@code reader}, in sequence order, without holding them all in memory; stops early
     * when the reader returns {@code false}.
     */
    void read(Predicate<ChainLink> reader);

    /**
     * Passes at most {@code limit} stored events after sequence number {@code after} to {@code reader}, in order;
     * returns how many it passed. Reading a long trail in such pages, each in a short transaction of its own, leaves
     * the workspace to the window between them.
     */
    default int read(long after, int limit, Predicate<ChainLink> reader) {
        int[] passed = {0};
        read(link -> {
            if (link.seq() <= after) {
                return true;
            }
            if (passed[0] == limit) {
                return false;
            }
            passed[0]++;
            return reader.test(link);
        });
        return passed[0];
    }

    /** The head the trail recorded with its last append ({@link ChainHead#EMPTY} before the first). */
    ChainHead recordedHead();
}
