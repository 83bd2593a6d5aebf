package org.trustcase.model.auditing;

import java.util.Objects;
import java.util.function.Predicate;
import org.trustcase.model.audit.AuditChain;
import org.trustcase.model.audit.ChainHead;
import org.trustcase.model.audit.ChainLink;
import org.trustcase.model.common.TransactionRunner;

/**
 * The audit trail read for verification in pages, each page in a short read transaction of its own, so that a long
 * trail never holds the workspace for the whole check (the window goes on reading between pages). The head is read
 * in the transaction of the last page, with the last events: events appended while the check runs are read too,
 * and the head agrees with what was read.
 */
final class PagedChain implements AuditChain {
    private static final int PAGE = 20_000;

    private final AuditChain chain;
    private final TransactionRunner transactions;
    private ChainHead head;

    PagedChain(AuditChain chain, TransactionRunner transactions) {
        this.chain = Objects.requireNonNull(chain, "chain");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public void read(Predicate<ChainLink> reader) {
        long[] last = {0};
        boolean[] stopped = {false};
        while (true) {
            boolean finished = transactions.read(() -> {
                int read = chain.read(last[0], PAGE, link -> {
                    last[0] = link.seq();
                    if (!reader.test(link)) {
                        stopped[0] = true;
                        return false;
                    }
                    return true;
                });
                if (stopped[0] || read < PAGE) {
                    head = chain.recordedHead();
                    return true;
                }
                return false;
            });
            if (finished) {
                return;
            }
        }
    }

    @Override
    public ChainHead recordedHead() {
        return head != null ? head : transactions.read(chain::recordedHead);
    }
}
