package org.trustcase.persistence.database;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.trustcase.model.common.TransactionHooks;
import org.trustcase.model.common.TransactionRunner;

/**
 * Port: one open database, whatever the engine. Repositories see only this: the dialect their
 * queries are rendered in and the jOOQ access of the current transaction; the use cases see it as
 * the model's {@link TransactionRunner} (writes and read-only reads) and {@link TransactionHooks}.
 * Everything engine-specific (connection settings, pragmas, how a transaction begins, where the
 * migrations are) stays in the engine's package ({@code org.trustcase.persistence.sqlite}).
 */
public interface Database extends TransactionRunner, TransactionHooks, AutoCloseable {

    /** The SQL dialect of the engine. */
    SQLDialect dialect();

    /**
     * The database access of the current transaction; {@code user} names the caller in the error
     * raised when there is no transaction on this thread.
     *
     * @throws IllegalStateException outside a transaction
     */
    DSLContext dsl(String user);

    /** Waits for running work, then releases the database; later transactions fail. Idempotent. */
    @Override
    void close();
}
