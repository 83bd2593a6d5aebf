package org.trustcase.model.common;

import java.util.function.Supplier;

/**
 * Port: runs work in one database transaction. Everything the work writes (the change and its
 * audit event) commits together or not at all; an exception thrown by the work rolls it back.
 * A call made inside another on the same thread joins the outer transaction.
 */
public interface TransactionRunner {

    /** Runs {@code work} in a transaction that may write; it holds the write lock from its start where the engine has one. */
    <T> T inTransaction(Supplier<T> work);

    /**
     * Runs {@code work} in a transaction that only reads: it sees one consistent state, takes no
     * write lock and fails if it tries to write. Inside a write transaction it joins that one;
     * a write transaction cannot be started inside it. An implementation without a read-only
     * mode runs it as {@link #inTransaction(Supplier)}.
     */
    default <T> T read(Supplier<T> work) {
        return inTransaction(work);
    }
}
