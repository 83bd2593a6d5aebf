package org.trustcase.model.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.trustcase.model.audit.AuditAction;
import org.trustcase.model.audit.AuditEvent;
import org.trustcase.model.common.Actor;
import org.trustcase.model.common.Role;
import org.trustcase.model.common.TrustcaseException;

/**
 * The role matrix, use case by use case, through the services themselves: each role either does the use case (it
 * may still meet a rule of the use case) or is refused before anything happens, and the refusal is in the trail.
 */
class RolePolicyTest {
    private static final Actor DPO = new Actor("dpo", "Julia Kaczmarek", Set.of(Role.DPO));
    private static final Actor MANAGER = new Actor("manager", "Marek Lis", Set.of(Role.MANAGER));
    private static final Actor REVIEWER = new Actor("reviewer", "Ewa Wójcik", Set.of(Role.LEGAL_REVIEWER));
    private static final Actor OTHER_REVIEWER = new Actor("reviewer2", "Adam Nowak", Set.of(Role.LEGAL_REVIEWER));

    /** What everyone signed in may do: their own password, and housekeeping that changes no fact of a case. */
    private static final Set<UseCase> EVERYONE = Set.of(UseCase.PASSWORD_CHANGE_OWN, UseCase.DEADLINE_INDEX_REBUILD,
            UseCase.DEADLINE_INDEX_MARK, UseCase.AUDIT_CHECKPOINT, UseCase.VIEW_SAVE, UseCase.VIEW_DELETE,
            UseCase.SEARCH_INDEX);
    /** What spans every case: a reviewer, who reads only their cases, may not. */
    private static final Set<UseCase> ACROSS_CASES = Set.of(UseCase.AUDIT_ALL, UseCase.AUDIT_SEARCH, UseCase.AUDIT_EXPORT,
            UseCase.USER_LIST, UseCase.CASE_FIGURES, UseCase.DEADLINE_COUNTS, UseCase.DEADLINE_LIST,
            UseCase.DEADLINE_ROWS, UseCase.DEADLINE_ALERTS, UseCase.EVIDENCE_RECONCILE, UseCase.REPORT_TRANSPARENCY,
            UseCase.REPORT_FIGURES);

    /** What the matrix says, restated: who may do {@code call}, on the world's case or on none. */
    private static boolean allowed(Actor actor, UseCaseAccessTest.Call call) {
        UseCase useCase = call.useCase();
        if (actor == DPO || EVERYONE.contains(useCase)) {
            return true;
        }
        if (actor == MANAGER) {
            return useCase.onlyReads() || useCase == UseCase.AUDIT_EXPORT || useCase == UseCase.CASE_EXPORT_TO_FILE
                    || useCase == UseCase.EVIDENCE_VERIFY || useCase == UseCase.EVIDENCE_VIEW
                    || useCase == UseCase.EVIDENCE_RECONCILE || useCase == UseCase.REPORT_CASE
                    || useCase == UseCase.REGISTER_EXPORT || useCase == UseCase.REPORT_TRANSPARENCY;
        }
        if (ACROSS_CASES.contains(useCase)) {
            return false;
        }
        boolean assigned = actor == REVIEWER;
        if (useCase.onlyReads()) {
            return !call.ofTheCase() || assigned;
        }
        // annotating and viewing are asked by the item's number: the role decides here, the item's case in the use case
        // a letter template belongs to no case: every legal reviewer may approve one
        return (useCase == UseCase.DECISION_SIGN_OFF || useCase == UseCase.REPORT_CASE) && assigned
                || useCase == UseCase.EVIDENCE_ANNOTATE
                || useCase == UseCase.EVIDENCE_ANNOTATION_EDIT || useCase == UseCase.EVIDENCE_VIEW
                || useCase == UseCase.LETTER_TEMPLATE_APPROVE;
    }

    static Stream<Arguments> matrix() {
        List<Arguments> rows = new ArrayList<>();
        for (UseCaseAccessTest.Call call : UseCaseAccessTest.table()) {
            for (Actor actor : List.of(DPO, MANAGER, REVIEWER, OTHER_REVIEWER)) {
                rows.add(Arguments.of(call, actor));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("matrix")
    void eachRoleDoesWhatTheMatrixAllowsAndIsRefusedTheRest(UseCaseAccessTest.Call call, Actor actor) {
        UseCaseAccessTest.World world = new UseCaseAccessTest.World();
        world.policy.answerAs(new RolePolicy((reference, actorId) -> reference.equals(world.ref)
                && actorId.equals(REVIEWER.id())));
        world.actAs(actor);
        int trailBefore = world.auditLog.list().size();

        if (allowed(actor, call)) {
            try {
                call.run().accept(world);
            } catch (AccessDeniedException refused) {
                throw new AssertionError(actor.name() + " was refused " + call.useCase().code(), refused);
            } catch (TrustcaseException ruleOfTheUseCase) {
                // allowed: the use case's own rules may still refuse the fixture's request
            }
            return;
        }
        assertThatThrownBy(() -> call.run().accept(world)).isInstanceOfSatisfying(AccessDeniedException.class,
                denied -> assertThat(denied.code()).isIn("role-read-only", "not-assigned", "role-required"));
        List<AuditEvent> trail = world.auditLog.list();
        assertThat(trail).hasSize(trailBefore + 1);
        AuditEvent refusal = trail.get(trail.size() - 1);
        assertThat(refusal.action()).isEqualTo(AuditAction.ACCESS_REFUSED);
        assertThat(refusal.actor()).isEqualTo(actor.name());
    }
}
