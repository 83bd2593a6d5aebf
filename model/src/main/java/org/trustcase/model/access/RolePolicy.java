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
 * <li><b>legal reviewer</b>: reads the cases assigned to them and signs off their decisions; on no case in particular,
 * reads the lists and the trail's proof (which lists show a reviewer only their cases is the lists' business); changes
 * nothing else.</li>
 * </ul>
 * An actor with several roles may do what any of them may. Refusals are coded: {@code role-read-only} (the roles of
 * the actor), {@code role-required} (the roles that may), {@code not-assigned} (the case).
 */
public final class RolePolicy implements Policy {
    /** What a legal reviewer may change, on a case assigned to them. */
    private static final Set<UseCase> REVIEWER_CHANGES = EnumSet.of(UseCase.DECISION_SIGN_OFF);

    private final CaseAssignments assignments;

    public RolePolicy(CaseAssignments assignments) {
        this.assignments = Objects.requireNonNull(assignments, "assignments");
    }

    @Override
    public Decision check(Actor actor, UseCase useCase, CaseReference caseReference) {
        if (actor.has(Role.DPO)) {
            return Decision.allow();
        }
        boolean reviewer = actor.has(Role.LEGAL_REVIEWER);
        boolean manager = actor.has(Role.MANAGER);
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

    private static String roles(Actor actor) {
        return String.join(", ", actor.roles().stream().map(Role::code).sorted().toList());
    }
}
