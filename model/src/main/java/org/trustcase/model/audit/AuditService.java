package org.trustcase.model.audit;

import java.util.List;
import java.util.Objects;
import org.trustcase.model.common.TransactionRunner;

/** Reading the audit trail. */
public final class AuditService {
    private final AuditLog log;
    private final TransactionRunner transactions;

    public AuditService(AuditLog log, TransactionRunner transactions) {
        this.log = Objects.requireNonNull(log, "log");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    /** Every event of the workspace, oldest first. */
    public List<AuditEvent> all() {
        return transactions.read(log::list);
    }

    /** The events of one case, oldest first. */
    public List<AuditEvent> ofCase(String caseReference) {
        return transactions.read(() -> log.list(caseReference));
    }
}
