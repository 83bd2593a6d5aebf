package org.trustcase.persistence.audit;

import static org.trustcase.persistence.jooq.Tables.AUDIT_CHAIN_HEAD;
import static org.trustcase.persistence.jooq.Tables.AUDIT_EVENT;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
import org.trustcase.model.audit.AuditQuery;
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
    private Connection appendPointConnection;
    private PreparedStatement appendPointQuery;

    public JooqAuditLog(Database transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public AuditEvent append(AuditEvent event) {
        DSLContext dsl = transactions.dsl("the audit log");
        // one read: the head the trail recorded last, and the highest number stored. The next event goes after both:
        // a row someone else put beyond the head stays where it is (verifying names it), and the trail goes on from
        // the last event it recorded itself. The head follows the insert by trigger.
        ChainHead head = dsl.connectionResult(this::appendPoint);
        long seq = head.seq();
        String previous = head.hash();
        // the text the column holds, as its converter writes it
        String occurredAt = (String) AUDIT_EVENT.OCCURRED_AT.getConverter().to(event.occurredAt());
        String changes = ChangesJson.write(event.changes());
        String note = event.note() == null ? null : ProblemJson.write(event.note());
        String hash = HASHER.get().hash(seq, previous, StoredEventFields.of(occurredAt, event.actor(),
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
                .set(AUDIT_EVENT.PREV_HASH, previous)
                .set(AUDIT_EVENT.HASH, hash)
                .execute();
        // the stored instant has millisecond precision; return what a later read gives back
        return new AuditEvent(seq, event.occurredAt().truncatedTo(ChronoUnit.MILLIS), event.actor(), event.caseReference(),
                event.action(), event.changes(), event.reason(), event.note());
    }

    /**
     * Where the next event goes, as a head: its sequence number (after the recorded head and after the highest
     * number stored) and the hash it links to (the recorded head's). Plain JDBC on a statement kept for the
     * connection: this read is part of every change's write.
     */
    private synchronized ChainHead appendPoint(Connection connection) throws SQLException {
        if (appendPointConnection != connection || appendPointQuery == null || appendPointQuery.isClosed()) {
            if (appendPointQuery != null && !appendPointQuery.isClosed()) {
                appendPointQuery.close();
            }
            appendPointQuery = connection.prepareStatement("SELECT h.seq, h.hash, (SELECT max(seq) FROM audit_event)"
                    + " FROM audit_chain_head h WHERE h.id = 1");
            appendPointConnection = connection;
        }
        try (ResultSet row = appendPointQuery.executeQuery()) {
            if (!row.next()) {
                throw new IllegalStateException("the audit trail has lost the record of its last event: the database "
                        + "was changed outside Trustcase; run 'audit verify'");
            }
            long highest = row.getLong(3);
            return new ChainHead(Math.max(row.getLong(1), highest) + 1, row.getString(2));
        }
    }

    /** The head the last append recorded; {@link ChainHead#MISSING} when its row was deleted. */
    static ChainHead head(DSLContext dsl) {
        var row = dsl.select(AUDIT_CHAIN_HEAD.SEQ, AUDIT_CHAIN_HEAD.HASH).from(AUDIT_CHAIN_HEAD)
                .where(AUDIT_CHAIN_HEAD.ID.eq(1L)).fetchOne();
        return row == null ? ChainHead.MISSING : new ChainHead(row.value1(), row.value2());
    }

    @Override
    public long count(AuditAction action) {
        return transactions.dsl("the audit log").fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq(action.code()));
    }

    @Override
    public List<AuditEvent> pageOf(AuditAction action, String afterCase, long afterSeq, int limit) {
        // the index on (case_reference, seq) gives the order and the start; the action filters
        return transactions.dsl("the audit log").selectFrom(AUDIT_EVENT)
                .where(AUDIT_EVENT.ACTION.eq(action.code()))
                .and(DSL.row(AUDIT_EVENT.CASE_REFERENCE, AUDIT_EVENT.SEQ).gt(afterCase, afterSeq))
                .orderBy(AUDIT_EVENT.CASE_REFERENCE, AUDIT_EVENT.SEQ)
                .limit(limit)
                .fetch(JooqAuditLog::toEvent);
    }

    @Override
    public List<AuditEvent> page(AuditQuery query, long beforeSeq, int limit) {
        Condition where = AUDIT_EVENT.SEQ.lt(beforeSeq);
        if (query.actor() != null) {
            where = where.and(AUDIT_EVENT.ACTOR.eq(query.actor()));
        }
        if (query.action() != null) {
            where = where.and(AUDIT_EVENT.ACTION.eq(query.action().code()));
        }
        if (query.caseReference() != null) {
            where = where.and(AUDIT_EVENT.CASE_REFERENCE.eq(query.caseReference()));
        }
        if (query.from() != null) {
            where = where.and(AUDIT_EVENT.OCCURRED_AT.ge(query.from()));
        }
        if (query.to() != null) {
            where = where.and(AUDIT_EVENT.OCCURRED_AT.lt(query.to()));
        }
        // newest first by the primary key; a case's events come by its index on (case_reference, seq)
        return transactions.dsl("the audit log").selectFrom(AUDIT_EVENT).where(where)
                .orderBy(AUDIT_EVENT.SEQ.desc()).limit(limit).fetch(JooqAuditLog::toEvent);
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
