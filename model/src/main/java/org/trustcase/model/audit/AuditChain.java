package org.trustcase.model.audit;

import java.util.function.Predicate;

/** Port: the audit trail read as a hash chain, for verification. */
public interface AuditChain {

    /**
     * Passes every stored event to {@code reader}, in sequence order, without holding them all in memory; stops early
     * when the reader returns {@code false}.
     */
    void read(Predicate<ChainLink> reader);

    /** The head the trail recorded with its last append ({@link ChainHead#EMPTY} before the first). */
    ChainHead recordedHead();
}
