package org.trustcase.model.auditing;

import java.util.List;
import java.util.function.Consumer;
import org.trustcase.model.common.UnreadableRecord;
import java.util.Objects;
import org.trustcase.model.access.AccessControl;
import org.trustcase.model.access.UseCase;
import org.trustcase.model.audit.AuditEvent;
import org.trustcase.model.audit.AuditLog;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.common.TransactionRunner;

/**
 * The use cases of auditing: reading the audit trail. (The trail itself, written by every other
 * use case, is in {@code org.trustcase.model.audit}.)
 */
public final class AuditService {
    private final AuditLog log;
    private final TransactionRunner transactions;
    private final AccessControl access;

    public AuditService(AuditLog log, TransactionRunner transactions, AccessControl access) {
        this.log = Objects.requireNonNull(log, "log");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.access = Objects.requireNonNull(access, "access");
    }

    /** Every event of the workspace, oldest first. */
    public List<AuditEvent> all() {
        access.require(UseCase.AUDIT_ALL, null);
        return transactions.read(log::list);
    }

    /** Every event of the workspace, oldest first; an event that cannot be read goes to {@code unreadable}. */
    public List<AuditEvent> all(Consumer<UnreadableRecord> unreadable) {
        access.require(UseCase.AUDIT_ALL, null);
        return transactions.read(() -> log.list(null, unreadable));
    }

    /** The events of one case, oldest first; an event that cannot be read goes to {@code unreadable}. */
    public List<AuditEvent> ofCase(String caseReference, Consumer<UnreadableRecord> unreadable) {
        access.require(UseCase.AUDIT_OF_CASE, CaseReference.parse(caseReference));
        return transactions.read(() -> log.list(caseReference, unreadable));
    }

    /**
     * The events of one case, oldest first.
     *
     * @throws org.trustcase.model.common.ValidationException if {@code caseReference} is not a case reference
     */
    public List<AuditEvent> ofCase(String caseReference) {
        access.require(UseCase.AUDIT_OF_CASE, CaseReference.parse(caseReference));
        return transactions.read(() -> log.list(caseReference));
    }
}
