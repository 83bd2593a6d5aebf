package org.trustcase.model.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.trustcase.model.common.AfterCommitException;
import org.trustcase.model.common.TransactionHooks;
import org.trustcase.model.common.TransactionRunner;

/**
 * Runs the work directly, counting transactions so tests can see that use cases open one (and
 * which of them are reads). Nested calls join the outermost; a write inside a read is refused, as
 * by the real runner; hooks run when the outermost call returns or throws. Nothing is rolled back:
 * the in-memory repositories keep what was written before a failure.
 */
public final class DirectTransactions implements TransactionRunner, TransactionHooks {
    private int count;
    private int reads;
    private int depth;
    private boolean outermostReads;
    private List<Runnable> afterCommit = new ArrayList<>();
    private List<Runnable> afterRollback = new ArrayList<>();

    @Override
    public synchronized <T> T inTransaction(Supplier<T> work) {
        return run(work, false);
    }

    @Override
    public synchronized <T> T read(Supplier<T> work) {
        reads++;
        return run(work, true);
    }

    @Override
    public synchronized void afterCommit(Runnable hook) {
        requireTransaction();
        afterCommit.add(hook);
    }

    @Override
    public synchronized void afterRollback(Runnable hook) {
        requireTransaction();
        afterRollback.add(hook);
    }

    @Override
    public synchronized boolean inTransactionNow() {
        return depth > 0;
    }

    /** Every transaction started, reads included, nested ones included. */
    public synchronized int count() {
        return count;
    }

    /** The read-only transactions among {@link #count()}. */
    public synchronized int reads() {
        return reads;
    }

    private <T> T run(Supplier<T> work, boolean readOnly) {
        count++;
        if (depth > 0 && outermostReads && !readOnly) {
            throw new IllegalStateException("a write cannot join a read-only transaction");
        }
        if (depth == 0) {
            outermostReads = readOnly;
            afterCommit = new ArrayList<>();
            afterRollback = new ArrayList<>();
        }
        depth++;
        T result;
        try {
            result = work.get();
        } catch (RuntimeException | Error failure) {
            depth--;
            if (depth == 0) {
                for (Runnable hook : List.copyOf(afterRollback)) {
                    try {
                        hook.run();
                    } catch (RuntimeException e) {
                        failure.addSuppressed(e);
                    }
                }
            }
            throw failure;
        }
        depth--;
        if (depth == 0) {
            AfterCommitException failure = null;
            for (Runnable hook : List.copyOf(afterCommit)) {
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
        return result;
    }

    private void requireTransaction() {
        if (depth == 0) {
            throw new IllegalStateException("no transaction");
        }
    }
}
