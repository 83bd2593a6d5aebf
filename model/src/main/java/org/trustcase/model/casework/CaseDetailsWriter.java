package org.trustcase.model.casework;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.trustcase.model.audit.AuditAction;
import org.trustcase.model.audit.AuditTrail;
import org.trustcase.model.audit.FieldChange;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.CaseDetails;
import org.trustcase.model.cases.CaseField;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.CaseRepository;
import org.trustcase.model.cases.CaseValidator;
import org.trustcase.model.common.ConcurrentChangeException;

/**
 * The one write path of a case's details. An edit of the case and a dated event that is a field of
 * the case (detection, awareness) both change the details here: the same validation, the same
 * optimistic version check, one audit event of the changed fields; a settled case is refused
 * ({@link SettledCases}). Not a use case: it runs inside
 * the write transaction of the use case that called it, after that use case's access check.
 */
public final class CaseDetailsWriter {
    private final CaseRepository cases;
    private final AuditTrail audit;

    public CaseDetailsWriter(CaseRepository cases, AuditTrail audit) {
        this.cases = Objects.requireNonNull(cases, "cases");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    /**
     * Replaces the case's details by {@code edit} of the current ones, if nobody changed the case
     * since {@code expectedVersion} was read. Returns the case unchanged, with no audit event, when
     * nothing differs.
     *
     * @param expectedVersion the version the caller saw, or {@code null} for the version read here;
     *     either way the store refuses the write if another writer got there first
     * @param action what the audit event records
     * @param describe the audit event's changes, from the changed fields ({@link CaseField#changes})
     */
    public BreachCase write(CaseReference reference, Long expectedVersion, UnaryOperator<CaseDetails> edit, Instant now,
            AuditAction action, UnaryOperator<List<FieldChange>> describe) {
        BreachCase current = cases.require(reference);
        if (expectedVersion != null) {
            requireVersion(current, expectedVersion);
        }
        SettledCases.requireOpen(current);
        CaseDetails details = edit.apply(current.details());
        CaseValidator.requireValid(details, now);
        List<FieldChange> changes = CaseField.changes(current.details(), details);
        if (changes.isEmpty()) {
            return current;
        }
        BreachCase updated = cases.update(current.withDetails(details, now));
        audit.record(action, reference, describe.apply(changes), null);
        return updated;
    }

    static void requireVersion(BreachCase current, long expectedVersion) {
        if (current.version() != expectedVersion) {
            throw new ConcurrentChangeException("case.changed-since-read", current.reference().toString(),
                    expectedVersion, current.version());
        }
    }
}
