package org.trustcase.persistence.tx;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.trustcase.persistence.database.Database;

/**
 * Transactions on the one connection of an open workspace. Work from several threads is
 * serialised by a lock; a call made inside another on the same thread joins the outer
 * transaction. Repositories reach the database only through {@link #dsl(String)}, which refuses
 * to work outside a transaction, so that a forgotten transaction fails at once instead of
 * committing half a change. Knows no engine: the dialect and how a transaction begins come from
 * the engine's package.
 */
public final class SingleConnectionTransactions implements Database {
    private final Connection connection;
    private final SQLDialect dialect;
    private final TransactionModes modes;
    private final DSLContext dsl;
    private final ReentrantLock lock = new ReentrantLock();
    private boolean closed;

    public SingleConnectionTransactions(Connection connection, SQLDialect dialect, TransactionModes modes) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.modes = Objects.requireNonNull(modes, "modes");
        this.dsl = DSL.using(connection, dialect);
    }

    @Override
    public SQLDialect dialect() {
        return dialect;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        lock.lock();
        try {
            if (closed) {
                throw new IllegalStateException("the workspace is closed");
            }
            if (lock.getHoldCount() > 1) {
                return work.get();
            }
            return runOutermost(work);
        } finally {
            lock.unlock();
        }
    }

    /** The database access of the current transaction; {@code user} names the caller in the error. */
    @Override
    public DSLContext dsl(String user) {
        if (!lock.isHeldByCurrentThread()) {
            throw new IllegalStateException(user + " used outside a transaction: call it inside TransactionRunner.inTransaction");
        }
        return dsl;
    }

    /** Waits for running work, then closes the connection; later transactions fail. Idempotent. */
    @Override
    public void close() {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            connection.close();
        } catch (SQLException e) {
            throw new DataAccessException("could not close the database connection: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    private <T> T runOutermost(Supplier<T> work) {
        begin();
        T result;
        try {
            result = work.get();
        } catch (Throwable failure) {
            rollback(failure);
            throw failure;
        }
        commit();
        return result;
    }

    private void begin() {
        try {
            modes.begin(connection, false);
        } catch (SQLException e) {
            throw new DataAccessException("could not begin a transaction: " + e.getMessage(), e);
        }
    }

    private void commit() {
        try {
            connection.commit();
        } catch (SQLException e) {
            DataAccessException failure =
                    new DataAccessException("could not commit the transaction, nothing was saved: " + e.getMessage(), e);
            rollback(failure);
            throw failure;
        }
        restoreAutoCommit();
    }

    private void rollback(Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException | RuntimeException e) {
            cause.addSuppressed(e);
        }
        try {
            modes.end(connection, false);
        } catch (SQLException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    private void restoreAutoCommit() {
        try {
            modes.end(connection, false);
        } catch (SQLException e) {
            throw new DataAccessException("could not end the transaction: " + e.getMessage(), e);
        }
    }
}
