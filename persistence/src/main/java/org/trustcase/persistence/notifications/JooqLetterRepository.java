package org.trustcase.persistence.notifications;

import static org.trustcase.persistence.jooq.Tables.LETTER_BATCH;
import static org.trustcase.persistence.jooq.Tables.LETTER_TEMPLATE;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.notifications.LetterBatch;
import org.trustcase.model.notifications.LetterBatchRepository;
import org.trustcase.model.notifications.LetterKind;
import org.trustcase.model.notifications.LetterTemplate;
import org.trustcase.model.notifications.LetterTemplateRepository;
import org.trustcase.persistence.cases.CaseIds;
import org.trustcase.persistence.cases.StoredCodes;
import org.trustcase.persistence.database.Database;
import org.trustcase.persistence.jooq.tables.records.LetterBatchRecord;
import org.trustcase.persistence.jooq.tables.records.LetterTemplateRecord;

/** Letter templates in {@code letter_template} and letter batches in {@code letter_batch}. */
public final class JooqLetterRepository implements LetterTemplateRepository, LetterBatchRepository {
    private final Database database;

    public JooqLetterRepository(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public List<LetterTemplate> all() {
        return dsl().selectFrom(LETTER_TEMPLATE).orderBy(LETTER_TEMPLATE.NAME, LETTER_TEMPLATE.LANGUAGE)
                .fetch(JooqLetterRepository::template);
    }

    @Override
    public Optional<LetterTemplate> find(String name, String language) {
        return dsl().selectFrom(LETTER_TEMPLATE).where(LETTER_TEMPLATE.NAME.eq(name))
                .and(LETTER_TEMPLATE.LANGUAGE.eq(language)).fetchOptional().map(JooqLetterRepository::template);
    }

    @Override
    public void put(LetterTemplate t) {
        dsl().insertInto(LETTER_TEMPLATE).set(LETTER_TEMPLATE.NAME, t.name()).set(LETTER_TEMPLATE.LANGUAGE,
                        t.language()).set(LETTER_TEMPLATE.KIND, StoredCodes.encode(t.kind()))
                .set(LETTER_TEMPLATE.SUBJECT, t.subject()).set(LETTER_TEMPLATE.BODY, t.body())
                .set(LETTER_TEMPLATE.UPDATED_BY, t.updatedBy()).set(LETTER_TEMPLATE.UPDATED_AT, t.updatedAt())
                .set(LETTER_TEMPLATE.APPROVED_BY, t.approvedBy()).set(LETTER_TEMPLATE.APPROVED_AT, t.approvedAt())
                .onConflict(LETTER_TEMPLATE.NAME, LETTER_TEMPLATE.LANGUAGE).doUpdate()
                .set(LETTER_TEMPLATE.KIND, StoredCodes.encode(t.kind())).set(LETTER_TEMPLATE.SUBJECT, t.subject())
                .set(LETTER_TEMPLATE.BODY, t.body()).set(LETTER_TEMPLATE.UPDATED_BY, t.updatedBy())
                .set(LETTER_TEMPLATE.UPDATED_AT, t.updatedAt()).set(LETTER_TEMPLATE.APPROVED_BY, t.approvedBy())
                .set(LETTER_TEMPLATE.APPROVED_AT, t.approvedAt()).execute();
    }

    private static LetterTemplate template(LetterTemplateRecord r) {
        return new LetterTemplate(r.getName(), r.getLanguage(), StoredCodes.decode(LetterKind.class, r.getKind(),
                "letter kind"), r.getSubject(), r.getBody(), r.getUpdatedBy(), r.getUpdatedAt(), r.getApprovedBy(),
                r.getApprovedAt());
    }

    @Override
    public long addBatch(LetterBatch b) {
        DSLContext dsl = dsl();
        return dsl.insertInto(LETTER_BATCH).set(LETTER_BATCH.CASE_ID, CaseIds.of(dsl, b.caseReference()))
                .set(LETTER_BATCH.TEMPLATE, b.template()).set(LETTER_BATCH.KIND, StoredCodes.encode(b.kind()))
                .set(LETTER_BATCH.RECIPIENTS, b.recipients()).set(LETTER_BATCH.PREPARED_BY, b.preparedBy())
                .set(LETTER_BATCH.PREPARED_AT, b.preparedAt()).returning(LETTER_BATCH.ID).fetchOne().getId();
    }

    @Override
    public void setRecipients(CaseReference caseReference, long id, long count) {
        DSLContext dsl = dsl();
        dsl.update(LETTER_BATCH).set(LETTER_BATCH.RECIPIENTS, count).where(LETTER_BATCH.ID.eq(id))
                .and(LETTER_BATCH.CASE_ID.eq(CaseIds.of(dsl, caseReference))).execute();
    }

    @Override
    public Optional<LetterBatch> findBatch(CaseReference caseReference, long id) {
        DSLContext dsl = dsl();
        return dsl.selectFrom(LETTER_BATCH).where(LETTER_BATCH.ID.eq(id))
                .and(LETTER_BATCH.CASE_ID.eq(CaseIds.of(dsl, caseReference))).fetchOptional()
                .map(r -> batch(caseReference, r));
    }

    @Override
    public List<LetterBatch> batches(CaseReference caseReference) {
        DSLContext dsl = dsl();
        return dsl.selectFrom(LETTER_BATCH).where(LETTER_BATCH.CASE_ID.eq(CaseIds.of(dsl, caseReference)))
                .orderBy(LETTER_BATCH.ID.desc()).fetch(r -> batch(caseReference, r));
    }

    @Override
    public void markBatchSent(CaseReference caseReference, long id, Instant at, String channel) {
        DSLContext dsl = dsl();
        dsl.update(LETTER_BATCH).set(LETTER_BATCH.SENT_AT, at).set(LETTER_BATCH.CHANNEL, channel)
                .where(LETTER_BATCH.ID.eq(id)).and(LETTER_BATCH.CASE_ID.eq(CaseIds.of(dsl, caseReference))).execute();
    }

    private static LetterBatch batch(CaseReference caseReference, LetterBatchRecord r) {
        return new LetterBatch(r.getId(), caseReference, r.getTemplate(), StoredCodes.decode(LetterKind.class,
                r.getKind(), "letter kind"), r.getRecipients(), r.getPreparedBy(), r.getPreparedAt(), r.getSentAt(),
                r.getChannel());
    }

    private DSLContext dsl() {
        return database.dsl("letters");
    }
}
