package org.trustcase.persistence.audit;

import static org.trustcase.persistence.jooq.Tables.AUDIT_EVENT;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.trustcase.model.common.UnreadableRecord;
import java.util.Objects;
import org.jooq.Condition;
import org.jooq.impl.DSL;
import org.trustcase.model.audit.AuditAction;
import org.trustcase.model.audit.AuditEvent;
import org.trustcase.model.audit.AuditLog;
import org.trustcase.persistence.cases.StoredCodes;
import org.trustcase.persistence.codes.ProblemJson;
import org.trustcase.persistence.database.Database;
import org.trustcase.persistence.jooq.tables.records.AuditEventRecord;

/**
 * The audit trail in table {@code audit_event}; the table's triggers refuse any update or delete. An
 * event's note is stored as one coded message ({@link ProblemJson}).
 */
public final class JooqAuditLog implements AuditLog {
    private final Database transactions;

    public JooqAuditLog(Database transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public AuditEvent append(AuditEvent event) {
        Long seq = transactions.dsl("the audit log")
                .insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.OCCURRED_AT, event.occurredAt())
                .set(AUDIT_EVENT.ACTOR, event.actor())
                .set(AUDIT_EVENT.CASE_REFERENCE, event.caseReference())
                .set(AUDIT_EVENT.ACTION, event.action().code())
                .set(AUDIT_EVENT.CHANGES, ChangesJson.write(event.changes()))
                .set(AUDIT_EVENT.REASON, event.reason())
                .set(AUDIT_EVENT.NOTE, event.note() == null ? null : ProblemJson.write(event.note()))
                .returningResult(AUDIT_EVENT.SEQ)
                .fetchOne(AUDIT_EVENT.SEQ);
        // the stored instant has millisecond precision; return what a later read gives back
        return new AuditEvent(seq, event.occurredAt().truncatedTo(ChronoUnit.MILLIS), event.actor(), event.caseReference(),
                event.action(), event.changes(), event.reason(), event.note());
    }

    @Override
    public List<AuditEvent> list() {
        return select(DSL.noCondition());
    }

    @Override
    public List<AuditEvent> list(String caseReference) {
        return select(AUDIT_EVENT.CASE_REFERENCE.eq(caseReference));
    }

    @Override
    public List<AuditEvent> list(String caseReference, Consumer<UnreadableRecord> unreadable) {
        Condition which = caseReference == null ? DSL.noCondition() : AUDIT_EVENT.CASE_REFERENCE.eq(caseReference);
        List<AuditEvent> events = new ArrayList<>();
        for (AuditEventRecord row : rows(which)) {
            try {
                events.add(toEvent(row));
            } catch (RuntimeException e) {
                unreadable.accept(new UnreadableRecord("audit event " + row.getSeq(), String.valueOf(e.getMessage())));
            }
        }
        return events;
    }

    private List<AuditEvent> select(Condition condition) {
        return rows(condition).map(JooqAuditLog::toEvent);
    }

    private org.jooq.Result<AuditEventRecord> rows(Condition condition) {
        return transactions.dsl("the audit log")
                .selectFrom(AUDIT_EVENT)
                .where(condition)
                .orderBy(AUDIT_EVENT.SEQ)
                .fetch();
    }

    private static AuditEvent toEvent(AuditEventRecord row) {
        return new AuditEvent(row.getSeq(), row.getOccurredAt(), row.getActor(), row.getCaseReference(),
                StoredCodes.decode(AuditAction.class, row.getAction(), "audit action"), ChangesJson.read(row.getChanges()),
                row.getReason(), row.getNote() == null ? null : ProblemJson.read(row.getNote(), "audit note"));
    }
}
