package org.trustcase.model.access;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.common.Actor;
import org.trustcase.model.common.Role;

/**
 * Who may do what, by role:
 * <ul>
 * <li><b>DPO</b>: everything;</li>
 * <li><b>manager</b>: reads everything (cases, lists, the dashboard, deadlines, the audit trail, its proof) and
 * changes nothing;</li>
 * <li><b>legal reviewer</b>: reads the cases assigned to them, signs off their decisions, views and annotates their evidence; on no case in particular,
 * reads the case lists (narrowed to their cases, see {@link #onlyCasesAssignedTo}) and the trail's proof, but not what
 * spans every case (the whole trail, the deadline board, the dashboard's figures, the accounts); changes nothing
 * else.</li>
 * </ul>
 * Everyone signed in may change their own password and do the housekeeping that changes no fact of a case (rebuilding
 * the deadline index, signing a checkpoint of the trail). A manager may export the trail (which signs a checkpoint
 * first) and the case list (which is recorded), print case summaries (recorded too), and verify and view the evidence
 * files (each check and each look recorded in the item's custody); a legal reviewer views the evidence of their cases
 * and prints their summaries.
 * An actor with several roles may do what any of them may. Refusals are coded: {@code role-read-only} (the roles of
 * the actor), {@code role-required} (the roles that may), {@code not-assigned} (the case).
 */
public final class RolePolicy implements Policy {
    /** What a legal reviewer may change, on a case assigned to them (a letter template belongs to no case). */
    private static final Set<UseCase> REVIEWER_CHANGES = EnumSet.of(UseCase.DECISION_SIGN_OFF,
            UseCase.EVIDENCE_ANNOTATE, UseCase.EVIDENCE_ANNOTATION_EDIT, UseCase.EVIDENCE_VIEW,
            UseCase.LETTER_TEMPLATE_APPROVE, UseCase.REPORT_CASE);
    /**
     * What everyone signed in may do: their own password and saved views, and housekeeping that changes no fact of a
     * case.
     */
    private static final Set<UseCase> EVERYONE = EnumSet.of(UseCase.PASSWORD_CHANGE_OWN,
            UseCase.DEADLINE_INDEX_REBUILD, UseCase.DEADLINE_INDEX_MARK, UseCase.AUDIT_CHECKPOINT,
            UseCase.VIEW_SAVE, UseCase.VIEW_DELETE, UseCase.SEARCH_INDEX);
    /** Reads that span every case, which a legal reviewer (who reads only their cases) may not do. */
    private static final Set<UseCase> ACROSS_CASES = EnumSet.of(UseCase.AUDIT_ALL, UseCase.AUDIT_SEARCH, UseCase.AUDIT_EXPORT,
            UseCase.USER_LIST, UseCase.CASE_FIGURES, UseCase.DEADLINE_COUNTS, UseCase.DEADLINE_LIST,
            UseCase.DEADLINE_ROWS, UseCase.DEADLINE_ALERTS, UseCase.EVIDENCE_RECONCILE, UseCase.REPORT_TRANSPARENCY,
            UseCase.REPORT_FIGURES);

    private final CaseAssignments assignments;

    public RolePolicy(CaseAssignments assignments) {
        this.assignments = Objects.requireNonNull(assignments, "assignments");
    }

    @Override
    public Decision check(Actor actor, UseCase useCase, CaseReference caseReference) {
        if (actor.has(Role.DPO) || EVERYONE.contains(useCase) && !actor.roles().isEmpty()) {
            return Decision.allow();
        }
        boolean reviewer = actor.has(Role.LEGAL_REVIEWER);
        boolean manager = actor.has(Role.MANAGER);
        if (manager && (useCase == UseCase.AUDIT_EXPORT || useCase == UseCase.CASE_EXPORT_TO_FILE
                || useCase == UseCase.EVIDENCE_VERIFY || useCase == UseCase.EVIDENCE_VIEW
                || useCase == UseCase.EVIDENCE_RECONCILE || useCase == UseCase.REPORT_CASE
                || useCase == UseCase.REGISTER_EXPORT || useCase == UseCase.REPORT_TRANSPARENCY)) {
            return Decision.allow();
        }
        if (!manager && reviewer && ACROSS_CASES.contains(useCase)) {
            return Decision.refuse("role-required", Role.DPO.code(), Role.MANAGER.code());
        }
        if (useCase.onlyReads()) {
            if (manager || caseReference == null && reviewer) {
                return Decision.allow();
            }
            if (reviewer) {
                return assignments.isAssigned(caseReference, actor.id()) ? Decision.allow()
                        : Decision.refuse("not-assigned", caseReference.toString());
            }
            return Decision.refuse("role-required", Role.DPO.code(), Role.MANAGER.code(), Role.LEGAL_REVIEWER.code());
        }
        if (reviewer && REVIEWER_CHANGES.contains(useCase)) {
            if (caseReference == null || assignments.isAssigned(caseReference, actor.id())) {
                return Decision.allow();
            }
            return Decision.refuse("not-assigned", caseReference.toString());
        }
        if (reviewer || manager) {
            return Decision.refuse("role-read-only", roles(actor));
        }
        return Decision.refuse("role-required", Role.DPO.code());
    }

    /** A legal reviewer (who is neither DPO nor manager) sees only the cases assigned to them. */
    @Override
    public String onlyCasesAssignedTo(Actor actor) {
        return actor.has(Role.LEGAL_REVIEWER) && !actor.has(Role.DPO) && !actor.has(Role.MANAGER) ? actor.id() : null;
    }

    private static String roles(Actor actor) {
        return String.join(", ", actor.roles().stream().map(Role::code).sorted().toList());
    }
}
