package org.trustcase.model.testing;

import java.util.function.Supplier;
import org.trustcase.model.common.TransactionRunner;

/** Runs the work directly, counting transactions so tests can see that use cases open one. */
public final class DirectTransactions implements TransactionRunner {
    private int count;

    @Override
    public synchronized <T> T inTransaction(Supplier<T> work) {
        count++;
        return work.get();
    }

    public synchronized int count() {
        return count;
    }
}
