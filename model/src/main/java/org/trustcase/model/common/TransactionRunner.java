package org.trustcase.model.common;

import java.util.function.Supplier;

/**
 * Port: runs work in one database transaction. Everything the work writes (the change and its
 * audit event) commits together or not at all; an exception thrown by the work rolls it back.
 */
public interface TransactionRunner {
    <T> T inTransaction(Supplier<T> work);
}
