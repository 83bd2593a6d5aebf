package org.trustcase.persistence.tasks;

import static org.trustcase.persistence.jooq.Tables.CASE_TASK;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.tasks.CaseTask;
import org.trustcase.model.tasks.TaskRepository;
import org.trustcase.model.tasks.TaskStatus;
import org.trustcase.persistence.cases.CaseIds;
import org.trustcase.persistence.cases.StoredCodes;
import org.trustcase.persistence.database.Database;
import org.trustcase.persistence.jooq.tables.records.CaseTaskRecord;

/** The cases' tasks in {@code case_task}. */
public final class JooqTaskRepository implements TaskRepository {
    private final Database database;

    public JooqTaskRepository(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public long add(CaseTask t) {
        DSLContext dsl = dsl();
        return dsl.insertInto(CASE_TASK).set(CASE_TASK.CASE_ID, CaseIds.of(dsl, t.caseReference()))
                .set(CASE_TASK.POSITION, t.position()).set(CASE_TASK.TASK_GROUP, t.group())
                .set(CASE_TASK.TITLE, t.title()).set(CASE_TASK.DESCRIPTION, t.description())
                .set(CASE_TASK.ASSIGNEE, t.assignee()).set(CASE_TASK.DUE_AT, t.dueAt())
                .set(CASE_TASK.CLOCK_RULE, t.clockRule()).set(CASE_TASK.STATUS, StoredCodes.encode(t.status()))
                .set(CASE_TASK.REASON, t.reason()).set(CASE_TASK.CREATED_BY, t.createdBy())
                .set(CASE_TASK.CREATED_AT, t.createdAt()).set(CASE_TASK.CLOSED_BY, t.closedBy())
                .set(CASE_TASK.CLOSED_AT, t.closedAt()).returning(CASE_TASK.ID).fetchOne().getId();
    }

    @Override
    public Optional<CaseTask> find(long id) {
        DSLContext dsl = dsl();
        return dsl.select(CASE_TASK.asterisk(), org.trustcase.persistence.jooq.Tables.BREACH_CASE.REFERENCE)
                .from(CASE_TASK).join(org.trustcase.persistence.jooq.Tables.BREACH_CASE)
                .on(org.trustcase.persistence.jooq.Tables.BREACH_CASE.ID.eq(CASE_TASK.CASE_ID))
                .where(CASE_TASK.ID.eq(id)).fetchOptional()
                .map(r -> task(CaseReference.parse(r.get(org.trustcase.persistence.jooq.Tables.BREACH_CASE.REFERENCE)),
                        r.into(CASE_TASK)));
    }

    @Override
    public List<CaseTask> list(CaseReference caseReference) {
        DSLContext dsl = dsl();
        return dsl.selectFrom(CASE_TASK).where(CASE_TASK.CASE_ID.eq(CaseIds.of(dsl, caseReference)))
                .orderBy(CASE_TASK.POSITION, CASE_TASK.ID).fetch(r -> task(caseReference, r));
    }

    @Override
    public void update(CaseTask t) {
        dsl().update(CASE_TASK).set(CASE_TASK.POSITION, t.position()).set(CASE_TASK.TASK_GROUP, t.group())
                .set(CASE_TASK.TITLE, t.title()).set(CASE_TASK.DESCRIPTION, t.description())
                .set(CASE_TASK.ASSIGNEE, t.assignee()).set(CASE_TASK.DUE_AT, t.dueAt())
                .set(CASE_TASK.CLOCK_RULE, t.clockRule()).set(CASE_TASK.STATUS, StoredCodes.encode(t.status()))
                .set(CASE_TASK.REASON, t.reason()).set(CASE_TASK.CLOSED_BY, t.closedBy())
                .set(CASE_TASK.CLOSED_AT, t.closedAt()).where(CASE_TASK.ID.eq(t.id())).execute();
    }

    @Override
    public long pending(CaseReference caseReference) {
        DSLContext dsl = dsl();
        return dsl.fetchCount(CASE_TASK, CASE_TASK.CASE_ID.eq(CaseIds.of(dsl, caseReference))
                .and(CASE_TASK.STATUS.in(StoredCodes.encode(TaskStatus.OPEN),
                        StoredCodes.encode(TaskStatus.IN_PROGRESS))));
    }

    @Override
    public int nextPosition(CaseReference caseReference) {
        DSLContext dsl = dsl();
        Integer last = dsl.select(DSL.max(CASE_TASK.POSITION)).from(CASE_TASK)
                .where(CASE_TASK.CASE_ID.eq(CaseIds.of(dsl, caseReference))).fetchOne(0, Integer.class);
        return last == null ? 1 : last + 1;
    }

    private static CaseTask task(CaseReference caseReference, CaseTaskRecord r) {
        return new CaseTask(r.getId(), caseReference, r.getPosition(), r.getTaskGroup(), r.getTitle(),
                r.getDescription(), r.getAssignee(), r.getDueAt(), r.getClockRule(),
                StoredCodes.decode(TaskStatus.class, r.getStatus(), "task status"), r.getReason(), r.getCreatedBy(),
                r.getCreatedAt(), r.getClosedBy(), r.getClosedAt());
    }

    private DSLContext dsl() {
        return database.dsl("tasks");
    }
}
