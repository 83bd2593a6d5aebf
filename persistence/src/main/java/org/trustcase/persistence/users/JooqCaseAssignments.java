package org.trustcase.persistence.users;

import static org.trustcase.persistence.jooq.Tables.BREACH_CASE;
import static org.trustcase.persistence.jooq.Tables.CASE_ASSIGNMENT;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jooq.DSLContext;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.users.CaseAssignmentStore;
import org.trustcase.persistence.cases.CaseIds;
import org.trustcase.persistence.database.Database;

/**
 * Which legal reviewers are assigned to which cases, in {@code case_assignment}. The policy's question
 * ({@link #isAssigned}) is asked before a use case's transaction, so it reads in one of its own (or joins the
 * caller's).
 */
public final class JooqCaseAssignments implements CaseAssignmentStore {
    private final Database database;

    public JooqCaseAssignments(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public boolean isAssigned(CaseReference caseReference, String actorId) {
        return database.read(() -> dsl().fetchExists(dsl().selectOne().from(CASE_ASSIGNMENT)
                .join(BREACH_CASE).on(BREACH_CASE.ID.eq(CASE_ASSIGNMENT.CASE_ID))
                .where(BREACH_CASE.REFERENCE.eq(caseReference.toString()))
                .and(CASE_ASSIGNMENT.LOGIN.eq(actorId))));
    }

    @Override
    public boolean assign(CaseReference caseReference, String login, Instant at) {
        DSLContext dsl = dsl();
        long caseId = CaseIds.of(dsl, caseReference);
        return dsl.insertInto(CASE_ASSIGNMENT, CASE_ASSIGNMENT.CASE_ID, CASE_ASSIGNMENT.LOGIN,
                CASE_ASSIGNMENT.ASSIGNED_AT).values(caseId, login, at).onConflictDoNothing().execute() == 1;
    }

    @Override
    public boolean unassign(CaseReference caseReference, String login) {
        DSLContext dsl = dsl();
        long caseId = CaseIds.of(dsl, caseReference);
        return dsl.deleteFrom(CASE_ASSIGNMENT).where(CASE_ASSIGNMENT.CASE_ID.eq(caseId))
                .and(CASE_ASSIGNMENT.LOGIN.eq(login)).execute() == 1;
    }

    @Override
    public List<String> assignedTo(CaseReference caseReference) {
        return dsl().select(CASE_ASSIGNMENT.LOGIN).from(CASE_ASSIGNMENT)
                .join(BREACH_CASE).on(BREACH_CASE.ID.eq(CASE_ASSIGNMENT.CASE_ID))
                .where(BREACH_CASE.REFERENCE.eq(caseReference.toString()))
                .orderBy(CASE_ASSIGNMENT.LOGIN).fetch(CASE_ASSIGNMENT.LOGIN);
    }

    private DSLContext dsl() {
        return database.dsl("case assignments");
    }
}
