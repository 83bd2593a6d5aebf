package org.trustcase.model.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import java.util.Objects;
import java.util.stream.Collectors;
import org.trustcase.model.access.AccessControl;
import org.trustcase.model.access.UseCase;
import org.trustcase.model.audit.AuditAction;
import org.trustcase.model.audit.AuditTrail;
import org.trustcase.model.audit.FieldChange;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.CaseChangeListener;
import org.trustcase.model.cases.CaseDetails;
import org.trustcase.model.cases.CaseField;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.CaseRepository;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.cases.CaseValidator;
import org.trustcase.model.common.RuleViolationException;
import org.trustcase.model.common.TransactionRunner;
import org.trustcase.model.workflow.GuardRefusal;
import org.trustcase.model.workflow.Transition;
import org.trustcase.model.workflow.TransitionOption;
import org.trustcase.model.workflow.TransitionRequest;
import org.trustcase.model.workflow.Workflow;

/**
 * The use cases of a breach case: open one, edit it, move it through the workflow, read it.
 * Each starts with the access check; each change is validated first, then stored together with
 * its audit event in one transaction; a refused or invalid request stores nothing (but the audited
 * refusal).
 */
public final class CaseService {
    private final CaseRepository cases;
    private final AuditTrail audit;
    private final TransactionRunner transactions;
    private final Workflow workflow;
    private final Clock clock;
    private final AccessControl access;
    private final CaseDetailsWriter writer;
    private final CaseChangeListener changes;
    private final Consumer<CaseReference> settled;
    private final NewCaseFacts newCaseFacts;

    public CaseService(CaseRepository cases, AuditTrail audit, TransactionRunner transactions, Workflow workflow,
            Clock clock, AccessControl access) {
        this(cases, audit, transactions, workflow, clock, access, CaseChangeListener.NONE);
    }

    /** @param changes told of every created or changed case, in the change's transaction (the deadline index) */
    public CaseService(CaseRepository cases, AuditTrail audit, TransactionRunner transactions, Workflow workflow,
            Clock clock, AccessControl access, CaseChangeListener changes) {
        this(cases, audit, transactions, workflow, clock, access, changes, reference -> { });
    }

    /**
     * @param changes told of every created or changed case, in the change's transaction (the deadline index)
     * @param settled told of a case closed or dismissed, once that is committed (a checkpoint of the trail is signed)
     */
    public CaseService(CaseRepository cases, AuditTrail audit, TransactionRunner transactions, Workflow workflow,
            Clock clock, AccessControl access, CaseChangeListener changes, Consumer<CaseReference> settled) {
        this(cases, audit, transactions, workflow, clock, access, changes, settled, NewCaseFacts.NONE);
    }

    /** @param newCaseFacts records what a new case starts with (the organisation's sector facts), as it is opened */
    public CaseService(CaseRepository cases, AuditTrail audit, TransactionRunner transactions, Workflow workflow,
            Clock clock, AccessControl access, CaseChangeListener changes, Consumer<CaseReference> settled,
            NewCaseFacts newCaseFacts) {
        this.newCaseFacts = Objects.requireNonNull(newCaseFacts, "newCaseFacts");
        this.cases = Objects.requireNonNull(cases, "cases");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.workflow = Objects.requireNonNull(workflow, "workflow");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.access = Objects.requireNonNull(access, "access");
        this.writer = new CaseDetailsWriter(cases, audit);
        this.changes = Objects.requireNonNull(changes, "changes");
        this.settled = Objects.requireNonNull(settled, "settled");
    }

    /** Opens a new case in status {@code NEW}, numbered in the current year's sequence. */
    public BreachCase open(CaseDetails details) {
        access.require(UseCase.CASE_OPEN, null);
        Instant now = clock.instant();
        CaseValidator.requireValid(details, now);
        return transactions.inTransaction(() -> {
            CaseReference reference = cases.nextReference(now.atZone(ZoneOffset.UTC).getYear());
            BreachCase created = cases.insert(reference, details, CaseStatus.NEW, now);
            audit.record(AuditAction.CASE_CREATED, reference, CaseField.initialValues(details), null);
            newCaseFacts.opened(reference);
            changes.changed(reference);
            return created;
        });
    }

    /**
     * Replaces the case's details if nobody changed the case since {@code expectedVersion} was read.
     * Returns the case unchanged, with no audit event, when nothing differs.
     */
    public BreachCase update(CaseReference reference, long expectedVersion, CaseDetails details) {
        access.require(UseCase.CASE_UPDATE, reference);
        Instant now = clock.instant();
        CaseValidator.requireValid(details, now);
        return transactions.inTransaction(() -> {
            BreachCase updated = writer.write(reference, expectedVersion, current -> details, now,
                    AuditAction.CASE_UPDATED, fieldChanges -> fieldChanges);
            changes.changed(reference);
            return updated;
        });
    }

    /**
     * Moves the case to {@code target} if that is a legal transition and no guard blocks it.
     *
     * @param expectedVersion the version the caller saw, or {@code null} to act on the current one
     * @param reason why (required to dismiss or reopen a case); kept with the new status and in the audit trail
     */
    public BreachCase move(CaseReference reference, Long expectedVersion, CaseStatus target, String reason) {
        access.require(UseCase.CASE_MOVE, reference);
        Instant now = clock.instant();
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        BreachCase moved = transactions.inTransaction(() -> {
            BreachCase current = cases.require(reference);
            if (expectedVersion != null) {
                CaseDetailsWriter.requireVersion(current, expectedVersion);
            }
            Transition transition = Workflow.require(current.status(), target);
            List<GuardRefusal> refusals = workflow.refusals(new TransitionRequest(current, transition, why));
            if (!refusals.isEmpty()) {
                throw new RuleViolationException(refusals.stream().map(GuardRefusal::problem).toList());
            }
            BreachCase updated = cases.update(current.withStatus(target, why, now));
            audit.record(AuditAction.CASE_STATUS_CHANGED, reference,
                    List.of(new FieldChange("status", current.status().name(), target.name())), why);
            changes.changed(reference);
            return updated;
        });
        if (target.isClosed()) {
            settled.accept(reference);
        }
        return moved;
    }

    public BreachCase get(CaseReference reference) {
        access.require(UseCase.CASE_GET, reference);
        return transactions.read(() -> cases.require(reference));
    }

    /** The transitions to offer for the case, with what blocks each now (guards may read the database). */
    public List<TransitionOption> options(BreachCase breachCase) {
        access.require(UseCase.CASE_OPTIONS, breachCase.reference());
        return transactions.read(() -> workflow.options(breachCase));
    }
}
