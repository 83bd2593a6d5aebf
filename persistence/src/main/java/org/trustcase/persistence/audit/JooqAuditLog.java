package org.trustcase.persistence.audit;

import static org.trustcase.persistence.jooq.Tables.AUDIT_CHAIN_HEAD;
import static org.trustcase.persistence.jooq.Tables.AUDIT_EVENT;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.trustcase.model.common.UnreadableRecord;
import java.util.Objects;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.trustcase.model.audit.AuditAction;
import org.trustcase.model.audit.AuditEvent;
import org.trustcase.model.audit.AuditHasher;
import org.trustcase.model.audit.AuditLog;
import org.trustcase.model.audit.ChainHead;
import org.trustcase.persistence.cases.StoredCodes;
import org.trustcase.persistence.codes.ProblemJson;
import org.trustcase.persistence.database.Database;
import org.trustcase.persistence.jooq.tables.records.AuditEventRecord;

/**
 * The audit trail in table {@code audit_event}; the table's triggers refuse any update or delete. An
 * event's note is stored as one coded message ({@link ProblemJson}). Each event is appended as the next link of the
 * hash chain: its sequence number follows the recorded head ({@code audit_chain_head}), and it stores the head's
 * hash and its own, computed over its fields as stored ({@link StoredEventFields}).
 */
public final class JooqAuditLog implements AuditLog {
    private static final ThreadLocal<AuditHasher> HASHER = ThreadLocal.withInitial(AuditHasher::new);
    private final Database transactions;

    public JooqAuditLog(Database transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public AuditEvent append(AuditEvent event) {
        DSLContext dsl = transactions.dsl("the audit log");
        ChainHead head = head(dsl);
        // after the head, and after any row someone else put beyond it: such a row stays where it is (verifying
        // names it), and the trail goes on from the last event it recorded itself
        Long highest = dsl.select(DSL.max(AUDIT_EVENT.SEQ)).from(AUDIT_EVENT).fetchOne(0, Long.class);
        long seq = Math.max(head.seq(), highest == null ? 0 : highest) + 1;
        // the text the column holds, as its converter writes it
        String occurredAt = (String) AUDIT_EVENT.OCCURRED_AT.getConverter().to(event.occurredAt());
        String changes = ChangesJson.write(event.changes());
        String note = event.note() == null ? null : ProblemJson.write(event.note());
        String hash = HASHER.get().hash(seq, head.hash(), StoredEventFields.of(occurredAt, event.actor(),
                event.caseReference(), event.action().code(), changes, event.reason(), note));
        dsl.insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.SEQ, seq)
                .set(AUDIT_EVENT.OCCURRED_AT, event.occurredAt())
                .set(AUDIT_EVENT.ACTOR, event.actor())
                .set(AUDIT_EVENT.CASE_REFERENCE, event.caseReference())
                .set(AUDIT_EVENT.ACTION, event.action().code())
                .set(AUDIT_EVENT.CHANGES, changes)
                .set(AUDIT_EVENT.REASON, event.reason())
                .set(AUDIT_EVENT.NOTE, note)
                .set(AUDIT_EVENT.PREV_HASH, head.hash())
                .set(AUDIT_EVENT.HASH, hash)
                .execute();
        dsl.insertInto(AUDIT_CHAIN_HEAD)
                .set(AUDIT_CHAIN_HEAD.ID, 1L)
                .set(AUDIT_CHAIN_HEAD.SEQ, seq)
                .set(AUDIT_CHAIN_HEAD.HASH, hash)
                .onConflict(AUDIT_CHAIN_HEAD.ID)
                .doUpdate()
                .set(AUDIT_CHAIN_HEAD.SEQ, seq)
                .set(AUDIT_CHAIN_HEAD.HASH, hash)
                .execute();
        // the stored instant has millisecond precision; return what a later read gives back
        return new AuditEvent(seq, event.occurredAt().truncatedTo(ChronoUnit.MILLIS), event.actor(), event.caseReference(),
                event.action(), event.changes(), event.reason(), event.note());
    }

    /** The head the last append recorded; {@link ChainHead#EMPTY} before the first. */
    static ChainHead head(DSLContext dsl) {
        var row = dsl.select(AUDIT_CHAIN_HEAD.SEQ, AUDIT_CHAIN_HEAD.HASH).from(AUDIT_CHAIN_HEAD)
                .where(AUDIT_CHAIN_HEAD.ID.eq(1L)).fetchOne();
        return row == null ? ChainHead.EMPTY : new ChainHead(row.value1(), row.value2());
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
