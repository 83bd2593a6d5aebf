package org.trustcase.persistence.evidence;

import static org.trustcase.persistence.jooq.Tables.BREACH_CASE;
import static org.trustcase.persistence.jooq.Tables.CUSTODY_EVENT;
import static org.trustcase.persistence.jooq.Tables.EVIDENCE_ANNOTATION;
import static org.trustcase.persistence.jooq.Tables.EVIDENCE_ITEM;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.evidence.Annotation;
import org.trustcase.model.evidence.CustodyAction;
import org.trustcase.model.evidence.CustodyEvent;
import org.trustcase.model.evidence.EvidenceItem;
import org.trustcase.model.evidence.EvidenceRepository;
import org.trustcase.model.evidence.EvidenceState;
import org.trustcase.persistence.cases.CaseIds;
import org.trustcase.persistence.cases.StoredCodes;
import org.trustcase.persistence.database.Database;

/** Evidence items and their custody events in {@code evidence_item} and {@code custody_event}. */
public final class JooqEvidenceRepository implements EvidenceRepository {
    private final Database database;

    public JooqEvidenceRepository(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public EvidenceItem insert(EvidenceItem item) {
        DSLContext dsl = dsl();
        long caseId = CaseIds.of(dsl, item.caseReference());
        Long id = dsl.insertInto(EVIDENCE_ITEM, EVIDENCE_ITEM.CASE_ID, EVIDENCE_ITEM.SHA256, EVIDENCE_ITEM.SIZE,
                        EVIDENCE_ITEM.MEDIA_TYPE, EVIDENCE_ITEM.NAME_MISMATCH, EVIDENCE_ITEM.ORIGINAL_NAME,
                        EVIDENCE_ITEM.SOURCE, EVIDENCE_ITEM.REASON, EVIDENCE_ITEM.COLLECTED_BY,
                        EVIDENCE_ITEM.COLLECTED_AT, EVIDENCE_ITEM.STATE)
                .values(caseId, item.sha256(), item.size(), item.mediaType(), item.nameMismatch(),
                        item.originalName(), item.source(), item.reason(), item.collectedBy(), item.collectedAt(),
                        StoredCodes.encode(item.state()))
                .returning(EVIDENCE_ITEM.ID).fetchOne(EVIDENCE_ITEM.ID);
        return item.withId(Objects.requireNonNull(id, "the new item's id"));
    }

    @Override
    public Optional<EvidenceItem> find(long id) {
        return select(EVIDENCE_ITEM.ID.eq(id)).stream().findFirst();
    }

    @Override
    public Optional<EvidenceItem> find(CaseReference caseReference, String sha256) {
        return select(BREACH_CASE.REFERENCE.eq(caseReference.toString()).and(EVIDENCE_ITEM.SHA256.eq(sha256)))
                .stream().findFirst();
    }

    @Override
    public List<EvidenceItem> list(CaseReference caseReference) {
        return select(BREACH_CASE.REFERENCE.eq(caseReference.toString()));
    }

    @Override
    public List<EvidenceItem> all() {
        return select(org.jooq.impl.DSL.noCondition());
    }

    @Override
    public void setState(long id, EvidenceState state) {
        dsl().update(EVIDENCE_ITEM).set(EVIDENCE_ITEM.STATE, StoredCodes.encode(state))
                .where(EVIDENCE_ITEM.ID.eq(id)).execute();
    }

    @Override
    public int liveItemsWith(String sha256) {
        return dsl().fetchCount(EVIDENCE_ITEM, EVIDENCE_ITEM.SHA256.eq(sha256)
                .and(EVIDENCE_ITEM.STATE.ne(StoredCodes.encode(EvidenceState.DISPOSED))));
    }

    @Override
    public CustodyEvent append(CustodyEvent event) {
        Long seq = dsl().insertInto(CUSTODY_EVENT, CUSTODY_EVENT.ITEM_ID, CUSTODY_EVENT.ACTION, CUSTODY_EVENT.ACTOR,
                        CUSTODY_EVENT.OCCURRED_AT, CUSTODY_EVENT.PURPOSE, CUSTODY_EVENT.RECIPIENT, CUSTODY_EVENT.DETAIL)
                .values(event.itemId(), StoredCodes.encode(event.action()), event.actor(), event.at(), event.purpose(),
                        event.recipient(), event.detail())
                .returning(CUSTODY_EVENT.SEQ).fetchOne(CUSTODY_EVENT.SEQ);
        return new CustodyEvent(event.itemId(), Objects.requireNonNull(seq, "the event's number"), event.action(),
                event.actor(), event.at(), event.purpose(), event.recipient(), event.detail());
    }

    @Override
    public List<CustodyEvent> custody(long itemId) {
        return dsl().selectFrom(CUSTODY_EVENT).where(CUSTODY_EVENT.ITEM_ID.eq(itemId)).orderBy(CUSTODY_EVENT.SEQ)
                .fetch(r -> new CustodyEvent(r.getItemId(), r.getSeq(), StoredCodes.decode(CustodyAction.class,
                        r.getAction(), "custody action"), r.getActor(), r.getOccurredAt(), r.getPurpose(),
                        r.getRecipient(), r.getDetail()));
    }

    @Override
    public Annotation annotate(Annotation annotation) {
        Integer page = null;
        Double x = null;
        Double y = null;
        Double w = null;
        Double h = null;
        String quote = null;
        String anchor;
        if (annotation.anchor() instanceof Annotation.Region region) {
            anchor = "region";
            page = region.page();
            x = region.x();
            y = region.y();
            w = region.width();
            h = region.height();
        } else if (annotation.anchor() instanceof Annotation.Quote quoted) {
            anchor = "quote";
            quote = quoted.text();
        } else {
            anchor = "whole";
        }
        Long id = dsl().insertInto(EVIDENCE_ANNOTATION, EVIDENCE_ANNOTATION.ITEM_ID, EVIDENCE_ANNOTATION.AUTHOR,
                        EVIDENCE_ANNOTATION.OCCURRED_AT, EVIDENCE_ANNOTATION.NOTE, EVIDENCE_ANNOTATION.ANCHOR,
                        EVIDENCE_ANNOTATION.PAGE, EVIDENCE_ANNOTATION.RECT_X, EVIDENCE_ANNOTATION.RECT_Y,
                        EVIDENCE_ANNOTATION.RECT_W, EVIDENCE_ANNOTATION.RECT_H, EVIDENCE_ANNOTATION.QUOTE,
                        EVIDENCE_ANNOTATION.TAGS, EVIDENCE_ANNOTATION.PRIVILEGED, EVIDENCE_ANNOTATION.REPLACES)
                .values(annotation.itemId(), annotation.author(), annotation.at(), annotation.text(), anchor, page, x, y,
                        w, h, quote, tags(annotation.tags()), annotation.privileged(),
                        annotation.edited() ? annotation.replaces() : null)
                .returning(EVIDENCE_ANNOTATION.ID).fetchOne(EVIDENCE_ANNOTATION.ID);
        return annotation.withId(Objects.requireNonNull(id, "the new annotation's id"));
    }

    @Override
    public List<Annotation> annotations(long itemId) {
        return dsl().selectFrom(EVIDENCE_ANNOTATION).where(EVIDENCE_ANNOTATION.ITEM_ID.eq(itemId)).and(current())
                .orderBy(EVIDENCE_ANNOTATION.ID).fetch(JooqEvidenceRepository::annotation);
    }

    @Override
    public List<Annotation> annotationVersions(long itemId) {
        return dsl().selectFrom(EVIDENCE_ANNOTATION).where(EVIDENCE_ANNOTATION.ITEM_ID.eq(itemId))
                .orderBy(EVIDENCE_ANNOTATION.ID).fetch(JooqEvidenceRepository::annotation);
    }

    @Override
    public Optional<Annotation> annotation(long annotationId) {
        return dsl().selectFrom(EVIDENCE_ANNOTATION).where(EVIDENCE_ANNOTATION.ID.eq(annotationId))
                .fetchOptional(JooqEvidenceRepository::annotation);
    }

    @Override
    public boolean replaced(long annotationId) {
        return dsl().fetchExists(EVIDENCE_ANNOTATION, EVIDENCE_ANNOTATION.REPLACES.eq(annotationId));
    }

    @Override
    public List<Annotation> caseAnnotations(CaseReference caseReference) {
        return dsl().select(EVIDENCE_ANNOTATION.fields()).from(EVIDENCE_ANNOTATION)
                .join(EVIDENCE_ITEM).on(EVIDENCE_ITEM.ID.eq(EVIDENCE_ANNOTATION.ITEM_ID))
                .join(BREACH_CASE).on(BREACH_CASE.ID.eq(EVIDENCE_ITEM.CASE_ID))
                .where(BREACH_CASE.REFERENCE.eq(caseReference.toString())).and(current())
                .orderBy(EVIDENCE_ANNOTATION.ITEM_ID, EVIDENCE_ANNOTATION.ID)
                .fetch(r -> annotation(r.into(EVIDENCE_ANNOTATION)));
    }

    /** The versions nothing replaces: each note's current one. */
    private static org.jooq.Condition current() {
        var later = EVIDENCE_ANNOTATION.as("later");
        return org.jooq.impl.DSL.notExists(org.jooq.impl.DSL.selectOne().from(later)
                .where(later.REPLACES.eq(EVIDENCE_ANNOTATION.ID)));
    }

    private static Annotation annotation(org.trustcase.persistence.jooq.tables.records.EvidenceAnnotationRecord r) {
        return new Annotation(r.getId(), r.getItemId(), r.getAuthor(), r.getOccurredAt(), r.getNote(),
                switch (r.getAnchor()) {
                    case "region" -> new Annotation.Region(r.getPage(), r.getRectX(), r.getRectY(), r.getRectW(),
                            r.getRectH());
                    case "quote" -> new Annotation.Quote(r.getQuote());
                    default -> new Annotation.Whole();
                }, tags(r.getTags()), r.getPrivileged(), r.getReplaces() == null ? 0 : r.getReplaces());
    }

    private static String tags(List<String> tags) {
        try {
            return TAGS.writeValueAsString(tags);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> tags(String json) {
        try {
            return List.of(TAGS.readValue(json, String[].class));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("unreadable tags of an annotation: " + e.getOriginalMessage(), e);
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper TAGS =
            new com.fasterxml.jackson.databind.ObjectMapper();

    private List<EvidenceItem> select(Condition where) {
        return dsl().select(EVIDENCE_ITEM.fields()).select(BREACH_CASE.REFERENCE).from(EVIDENCE_ITEM)
                .join(BREACH_CASE).on(BREACH_CASE.ID.eq(EVIDENCE_ITEM.CASE_ID)).where(where)
                .orderBy(EVIDENCE_ITEM.ID).fetch(JooqEvidenceRepository::item);
    }

    private static EvidenceItem item(Record r) {
        return new EvidenceItem(r.get(EVIDENCE_ITEM.ID), CaseReference.parse(r.get(BREACH_CASE.REFERENCE)),
                r.get(EVIDENCE_ITEM.SHA256), r.get(EVIDENCE_ITEM.SIZE), r.get(EVIDENCE_ITEM.MEDIA_TYPE),
                r.get(EVIDENCE_ITEM.NAME_MISMATCH), r.get(EVIDENCE_ITEM.ORIGINAL_NAME), r.get(EVIDENCE_ITEM.SOURCE),
                r.get(EVIDENCE_ITEM.REASON), r.get(EVIDENCE_ITEM.COLLECTED_BY), r.get(EVIDENCE_ITEM.COLLECTED_AT),
                StoredCodes.decode(EvidenceState.class, r.get(EVIDENCE_ITEM.STATE), "evidence state"));
    }

    private DSLContext dsl() {
        return database.dsl("evidence");
    }
}
