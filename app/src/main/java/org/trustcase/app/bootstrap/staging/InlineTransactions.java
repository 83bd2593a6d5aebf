package org.trustcase.app.bootstrap.staging;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.trustcase.model.common.TransactionHooks;
import org.trustcase.model.common.TransactionRunner;

/**
 * The transactions of use cases run against a staged batch: there is no database to begin or commit, the work
 * simply runs. The batch is written to the database later, in one real transaction; hooks registered by the
 * use cases wait for that write to commit or fail.
 */
final class InlineTransactions implements TransactionRunner, TransactionHooks {
    private final List<Runnable> afterCommit = new ArrayList<>();
    private final List<Runnable> afterRollback = new ArrayList<>();

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }

    @Override
    public void afterCommit(Runnable hook) {
        afterCommit.add(hook);
    }

    @Override
    public void afterRollback(Runnable hook) {
        afterRollback.add(hook);
    }

    @Override
    public boolean inTransactionNow() {
        return true;
    }

    /** Runs the hooks for how the batch's write ended, and forgets them all. */
    void ended(boolean committed) {
        List<Runnable> hooks = List.copyOf(committed ? afterCommit : afterRollback);
        afterCommit.clear();
        afterRollback.clear();
        hooks.forEach(Runnable::run);
    }
}
