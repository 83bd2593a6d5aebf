package org.trustcase.persistence.notifications;

import static org.trustcase.persistence.jooq.Tables.RECIPIENT;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jooq.BatchBindStep;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.notifications.Recipient;
import org.trustcase.model.notifications.RecipientRepository;
import org.trustcase.model.notifications.RecipientStatus;
import org.trustcase.model.notifications.ResidenceCount;
import org.trustcase.persistence.cases.CaseIds;
import org.trustcase.persistence.cases.StoredCodes;
import org.trustcase.persistence.database.Database;
import org.trustcase.persistence.jooq.tables.records.RecipientRecord;

/**
 * The recipient registers in {@code recipient}. Imports are written as batches of one prepared statement that skips a
 * row whose e-mail address the case holds already (the unique index decides), so that 100,000 rows take seconds.
 */
public final class JooqRecipientRepository implements RecipientRepository {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, String>> FIELDS = new TypeReference<>() {
    };
    private final Database database;

    public JooqRecipientRepository(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public int insert(List<Recipient> recipients) {
        if (recipients.isEmpty()) {
            return 0;
        }
        DSLContext dsl = dsl();
        long caseId = CaseIds.of(dsl, recipients.get(0).caseReference());
        BatchBindStep batch = dsl.batch(dsl.insertInto(RECIPIENT, RECIPIENT.CASE_ID, RECIPIENT.LINE, RECIPIENT.NAME,
                        RECIPIENT.EMAIL, RECIPIENT.ADDRESS, RECIPIENT.LANGUAGE, RECIPIENT.FIELDS, RECIPIENT.STATUS)
                .values((Long) null, null, null, null, null, null, null, null).onConflictDoNothing());
        for (Recipient recipient : recipients) {
            if (!recipient.caseReference().equals(recipients.get(0).caseReference())) {
                throw new IllegalArgumentException("one case's recipients at a time");
            }
            batch = batch.bind(caseId, (int) recipient.line(), recipient.name(), recipient.email(),
                    recipient.address(), recipient.language(), json(recipient.fields()),
                    StoredCodes.encode(recipient.status()));
        }
        int stored = 0;
        for (int count : batch.execute()) {
            stored += Math.max(count, 0);
        }
        return stored;
    }

    @Override
    public List<Recipient> page(CaseReference caseReference, RecipientStatus status, long afterId, int limit) {
        Condition where = RECIPIENT.CASE_ID.eq(CaseIds.of(dsl(), caseReference)).and(RECIPIENT.ID.gt(afterId));
        if (status != null) {
            where = where.and(RECIPIENT.STATUS.eq(StoredCodes.encode(status)));
        }
        return dsl().selectFrom(RECIPIENT).where(where).orderBy(RECIPIENT.ID).limit(limit)
                .fetch(record -> recipient(caseReference, record));
    }

    @Override
    public Map<RecipientStatus, Long> counts(CaseReference caseReference) {
        Map<RecipientStatus, Long> counts = new EnumMap<>(RecipientStatus.class);
        dsl().select(RECIPIENT.STATUS, org.jooq.impl.DSL.count()).from(RECIPIENT)
                .where(RECIPIENT.CASE_ID.eq(CaseIds.of(dsl(), caseReference))).groupBy(RECIPIENT.STATUS)
                .forEach(row -> counts.put(StoredCodes.decode(RecipientStatus.class, row.value1(), "recipient status"),
                        row.value2().longValue()));
        return counts;
    }

    @Override
    public List<ResidenceCount> residences(CaseReference caseReference) {
        // counted by SQLite over the fields' JSON, the columns named in any case: a register of 100,000 people is
        // not read into memory
        return dsl().resultQuery("""
                SELECT jurisdiction, country, state, count(*) AS recipients FROM (
                  SELECT max(CASE WHEN lower(trim(f.key)) = 'jurisdiction' THEN f.value END) AS jurisdiction,
                         max(CASE WHEN lower(trim(f.key)) = 'country' THEN f.value END) AS country,
                         max(CASE WHEN lower(trim(f.key)) = 'state' THEN f.value END) AS state
                  FROM recipient r LEFT JOIN json_each(r.fields) f
                  WHERE r.case_id = {0}
                  GROUP BY r.id)
                GROUP BY jurisdiction, country, state""", org.jooq.impl.DSL.val(CaseIds.of(dsl(), caseReference)))
                // the columns' types said, as SQLite cannot tell the type of a computed column before reading it
                .coerce(org.jooq.impl.DSL.field("jurisdiction", String.class),
                        org.jooq.impl.DSL.field("country", String.class), org.jooq.impl.DSL.field("state", String.class),
                        org.jooq.impl.DSL.field("recipients", Long.class))
                .fetch(row -> new ResidenceCount(row.value1(), row.value2(), row.value3(), row.value4()));
    }

    @Override
    public boolean exists(CaseReference caseReference, long id, String email) {
        return dsl().fetchExists(RECIPIENT, one(caseReference, id, email));
    }

    @Override
    public boolean setStatus(CaseReference caseReference, long id, String email, RecipientStatus status, Instant at,
            String channel) {
        return dsl().update(RECIPIENT).set(RECIPIENT.STATUS, StoredCodes.encode(status))
                .set(RECIPIENT.STATUS_AT, at).set(RECIPIENT.CHANNEL, channel)
                .where(one(caseReference, id, email)).execute() > 0;
    }

    @Override
    public long assignBatch(CaseReference caseReference, long batchId) {
        DSLContext dsl = dsl();
        return dsl.update(RECIPIENT).set(RECIPIENT.BATCH_ID, batchId)
                .where(RECIPIENT.CASE_ID.eq(CaseIds.of(dsl, caseReference)))
                .and(RECIPIENT.STATUS.eq(StoredCodes.encode(RecipientStatus.PENDING))).execute();
    }

    @Override
    public List<Recipient> pageOfBatch(CaseReference caseReference, long batchId, long afterId, int limit) {
        DSLContext dsl = dsl();
        return dsl.selectFrom(RECIPIENT).where(RECIPIENT.CASE_ID.eq(CaseIds.of(dsl, caseReference)))
                .and(RECIPIENT.BATCH_ID.eq(batchId)).and(RECIPIENT.ID.gt(afterId)).orderBy(RECIPIENT.ID).limit(limit)
                .fetch(record -> recipient(caseReference, record));
    }

    @Override
    public long markBatchSent(CaseReference caseReference, long batchId, Instant at, String channel) {
        DSLContext dsl = dsl();
        return dsl.update(RECIPIENT).set(RECIPIENT.STATUS, StoredCodes.encode(RecipientStatus.SENT))
                .set(RECIPIENT.STATUS_AT, at).set(RECIPIENT.CHANNEL, channel)
                .where(RECIPIENT.CASE_ID.eq(CaseIds.of(dsl, caseReference))).and(RECIPIENT.BATCH_ID.eq(batchId))
                .and(RECIPIENT.STATUS.eq(StoredCodes.encode(RecipientStatus.PENDING))).execute();
    }

    @Override
    public int setStatuses(CaseReference caseReference, List<Long> ids, RecipientStatus status, Instant at,
            String channel) {
        DSLContext dsl = dsl();
        long caseId = CaseIds.of(dsl, caseReference);
        int changed = 0;
        // in slices: SQLite limits the parameters of one statement
        for (int from = 0; from < ids.size(); from += 500) {
            changed += dsl.update(RECIPIENT).set(RECIPIENT.STATUS, StoredCodes.encode(status))
                    .set(RECIPIENT.STATUS_AT, at).set(RECIPIENT.CHANNEL, channel)
                    .where(RECIPIENT.CASE_ID.eq(caseId))
                    .and(RECIPIENT.ID.in(ids.subList(from, Math.min(ids.size(), from + 500)))).execute();
        }
        return changed;
    }

    private Condition one(CaseReference caseReference, long id, String email) {
        Condition ofCase = RECIPIENT.CASE_ID.eq(CaseIds.of(dsl(), caseReference));
        return id != 0 ? ofCase.and(RECIPIENT.ID.eq(id))
                : ofCase.and(RECIPIENT.EMAIL_KEY.eq(email == null ? "" : email.toLowerCase(Locale.ROOT)));
    }

    private static Recipient recipient(CaseReference caseReference, RecipientRecord r) {
        return new Recipient(r.getId(), caseReference, r.getLine(), r.getName(), r.getEmail(), r.getAddress(),
                r.getLanguage(), fields(r.getFields()), StoredCodes.decode(RecipientStatus.class, r.getStatus(),
                        "recipient status"), r.getStatusAt(), r.getChannel());
    }

    private static String json(Map<String, String> fields) {
        try {
            return JSON.writeValueAsString(new LinkedHashMap<>(fields));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> fields(String json) {
        try {
            return JSON.readValue(json, FIELDS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable merge fields of a recipient: " + e.getOriginalMessage(), e);
        }
    }

    private DSLContext dsl() {
        return database.dsl("recipients");
    }
}
