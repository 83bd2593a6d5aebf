package org.trustcase.app.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.trustcase.model.common.TransactionRunner;

/**
 * Transactions over in-memory stores: one at a time (a lock), nested calls join the outer one, and
 * a failure rolls every participating store back to where the outermost transaction began.
 */
public final class InMemoryTransactions implements TransactionRunner {

    /** A store that can take part in a transaction. */
    public interface Participant {
        Object snapshot();

        void restore(Object snapshot);
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final List<Participant> participants = new ArrayList<>();

    public InMemoryTransactions(Participant... participants) {
        this.participants.addAll(List.of(participants));
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        lock.lock();
        try {
            if (lock.getHoldCount() > 1) {
                return work.get();
            }
            List<Object> snapshots = participants.stream().map(Participant::snapshot).toList();
            try {
                return work.get();
            } catch (RuntimeException | Error failure) {
                for (int i = 0; i < participants.size(); i++) {
                    participants.get(i).restore(snapshots.get(i));
                }
                throw failure;
            }
        } finally {
            lock.unlock();
        }
    }
}
