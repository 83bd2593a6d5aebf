package org.trustcase.persistence.tx;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.trustcase.model.common.AfterCommitException;
import org.trustcase.persistence.database.Database;

/**
 * Transactions on the one connection of an open workspace. Work from several threads is
 * serialised by a lock; a call made inside another on the same thread joins the outer
 * transaction. Repositories reach the database only through {@link #dsl(String)}, which refuses
 * to work outside a transaction, so that a forgotten transaction fails at once instead of
 * committing half a change. Knows no engine: the dialect and how a transaction begins come from
 * the engine's package.
 *
 * <p>{@link #inTransaction} begins a write transaction, {@link #read} a read-only one; a read
 * joins a surrounding write, a write inside a read is refused. Hooks registered during a
 * transaction run after the lock is released (see {@link org.trustcase.model.common.TransactionHooks}).
 */
public final class SingleConnectionTransactions implements Database {
    private final Connection connection;
    private final SQLDialect dialect;
    private final TransactionModes modes;
    private final DSLContext dsl;
    private final ReentrantLock lock = new ReentrantLock();
    /** The running outermost transaction; only read and written by the thread holding the lock. */
    private Transaction current;
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
        return run(work, false);
    }

    @Override
    public <T> T read(Supplier<T> work) {
        return run(work, true);
    }

    @Override
    public void afterCommit(Runnable hook) {
        requireTransaction("afterCommit").afterCommit.add(Objects.requireNonNull(hook, "hook"));
    }

    @Override
    public void afterRollback(Runnable hook) {
        requireTransaction("afterRollback").afterRollback.add(Objects.requireNonNull(hook, "hook"));
    }

    @Override
    public boolean inTransactionNow() {
        return lock.isHeldByCurrentThread() && current != null;
    }

    /** The database access of the current transaction; {@code user} names the caller in the error. */
    @Override
    public DSLContext dsl(String user) {
        if (!inTransactionNow()) {
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

    private <T> T run(Supplier<T> work, boolean readOnly) {
        Objects.requireNonNull(work, "work");
        Transaction transaction;
        T result = null;
        Throwable failure = null;
        lock.lock();
        try {
            if (closed) {
                throw new IllegalStateException("the workspace is closed");
            }
            if (current != null) {
                if (current.readOnly && !readOnly) {
                    throw new IllegalStateException("a write cannot join a read-only transaction:"
                            + " start the write with TransactionRunner.inTransaction outside the read");
                }
                return work.get();
            }
            transaction = new Transaction(readOnly);
            current = transaction;
            try {
                result = runOutermost(work, readOnly);
            } catch (Throwable e) {
                failure = e;
            } finally {
                current = null;
            }
        } finally {
            lock.unlock();
        }
        if (failure != null) {
            failure = busyOrSelf(failure);
            transaction.runAfterRollback(failure);
            throw unchecked(failure);
        }
        transaction.runAfterCommit();
        return result;
    }

    private <T> T runOutermost(Supplier<T> work, boolean readOnly) {
        begin(readOnly);
        T result;
        try {
            result = work.get();
        } catch (Throwable failure) {
            rollback(failure, readOnly);
            throw failure;
        }
        commit(readOnly);
        return result;
    }

    /** A failure caused by another connection holding the database, as the engine reports a busy database. */
    private Throwable busyOrSelf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                RuntimeException busy = modes.busy(sql);
                if (busy != null) {
                    return busy;
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return failure;
    }

    private Transaction requireTransaction(String what) {
        if (!inTransactionNow()) {
            throw new IllegalStateException(what + " called outside a transaction");
        }
        return current;
    }

    private void begin(boolean readOnly) {
        try {
            modes.begin(connection, readOnly);
        } catch (SQLException e) {
            DataAccessException failure =
                    new DataAccessException("could not begin a transaction: " + e.getMessage(), e);
            end(failure, readOnly);
            throw failure;
        }
    }

    private void commit(boolean readOnly) {
        try {
            connection.commit();
        } catch (SQLException e) {
            DataAccessException failure =
                    new DataAccessException("could not commit the transaction, nothing was saved: " + e.getMessage(), e);
            rollback(failure, readOnly);
            throw failure;
        }
        try {
            modes.end(connection, readOnly);
        } catch (SQLException e) {
            throw new DataAccessException("could not end the transaction: " + e.getMessage(), e);
        }
    }

    private void rollback(Throwable cause, boolean readOnly) {
        try {
            connection.rollback();
        } catch (SQLException | RuntimeException e) {
            cause.addSuppressed(e);
        }
        end(cause, readOnly);
    }

    private void end(Throwable cause, boolean readOnly) {
        try {
            modes.end(connection, readOnly);
        } catch (SQLException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    private static RuntimeException unchecked(Throwable failure) {
        if (failure instanceof RuntimeException runtime) {
            return runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        // a Supplier cannot throw a checked exception, except by trickery
        return new IllegalStateException(failure);
    }

    /** One outermost transaction and the hooks registered on it. */
    private static final class Transaction {
        final boolean readOnly;
        final List<Runnable> afterCommit = new ArrayList<>();
        final List<Runnable> afterRollback = new ArrayList<>();

        Transaction(boolean readOnly) {
            this.readOnly = readOnly;
        }

        void runAfterCommit() {
            AfterCommitException failure = null;
            for (Runnable hook : afterCommit) {
                try {
                    hook.run();
                } catch (RuntimeException e) {
                    if (failure == null) {
                        failure = new AfterCommitException(e);
                    } else {
                        failure.addSuppressed(e);
                    }
                }
            }
            if (failure != null) {
                throw failure;
            }
        }

        void runAfterRollback(Throwable cause) {
            for (Runnable hook : afterRollback) {
                try {
                    hook.run();
                } catch (RuntimeException e) {
                    cause.addSuppressed(e);
                }
            }
        }
    }
}
