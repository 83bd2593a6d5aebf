package org.trustcase.model.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.trustcase.model.audit.AuditAction;
import org.trustcase.model.audit.AuditTrail;
import org.trustcase.model.audit.FieldChange;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.common.Actor;
import org.trustcase.model.common.TransactionHooks;
import org.trustcase.model.common.TransactionRunner;

/**
 * The check every use case starts with: asks the {@link Policy} about the acting user and, on a
 * refusal, records it in the audit trail ({@link AuditAction#ACCESS_REFUSED}, with the use case's
 * code, the refusal code and its arguments) and throws {@link AccessDeniedException}. The refusal
 * is recorded in a transaction of its own, so that it is kept although the use case does nothing.
 * When a use case is called inside a caller's transaction, the refusal is recorded after that
 * transaction has ended, committed or rolled back, so that a rollback of the caller's work cannot
 * take it along.
 */
public final class AccessControl {
    private final Policy policy;
    private final Supplier<Actor> actor;
    private final AuditTrail audit;
    private final TransactionRunner transactions;
    private final TransactionHooks hooks;

    public AccessControl(Policy policy, Supplier<Actor> actor, AuditTrail audit, TransactionRunner transactions,
            TransactionHooks hooks) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.hooks = Objects.requireNonNull(hooks, "hooks");
    }

    /**
     * Returns when the acting user may perform {@code useCase} on {@code caseReference} ({@code null}
     * for no case in particular); otherwise records the refusal and throws.
     *
     * @throws AccessDeniedException when the policy refuses
     */
    public void require(UseCase useCase, CaseReference caseReference) {
        Objects.requireNonNull(useCase, "useCase");
        Decision decision = Objects.requireNonNull(policy.check(actor.get(), useCase, caseReference),
                "the policy gave no decision");
        if (decision.allowed()) {
            return;
        }
        Runnable record = () -> transactions.inTransaction(
                () -> audit.record(AuditAction.ACCESS_REFUSED, caseReference, changes(useCase, decision), null));
        if (hooks.inTransactionNow()) {
            // exactly one of the two runs, once the caller's transaction has ended
            hooks.afterCommit(record);
            hooks.afterRollback(record);
        } else {
            record.run();
        }
        throw new AccessDeniedException(useCase, caseReference, decision);
    }

    /**
     * True when the acting user's role lets them perform {@code useCase} at all (on a case assigned to them, for a
     * reviewer): what a screen asks to show or hide an action. Asks nothing stored, records nothing; the use case
     * itself still checks when it is run.
     */
    public boolean permits(UseCase useCase) {
        return policy.check(actor.get(), useCase, null).allowed();
    }

    /** The login whose assigned cases are all the acting user's lists may show, or {@code null} for no narrowing. */
    public String onlyCasesAssignedTo() {
        return policy.onlyCasesAssignedTo(actor.get());
    }

    private static List<FieldChange> changes(UseCase useCase, Decision refusal) {
        List<FieldChange> changes = new ArrayList<>();
        changes.add(new FieldChange("useCase", null, useCase.code()));
        changes.add(new FieldChange("refusal", null, refusal.code()));
        if (!refusal.arguments().isEmpty()) {
            changes.add(new FieldChange("refusalArguments", null, String.join(", ", refusal.arguments())));
        }
        return changes;
    }
}
