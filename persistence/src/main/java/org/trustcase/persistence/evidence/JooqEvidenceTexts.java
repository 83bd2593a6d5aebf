package org.trustcase.persistence.evidence;

import static org.trustcase.persistence.jooq.Tables.EVIDENCE_ITEM;
import static org.trustcase.persistence.jooq.Tables.EVIDENCE_TEXT;

import java.util.List;
import java.util.Objects;
import org.jooq.DSLContext;
import org.trustcase.model.evidence.EvidenceItem;
import org.trustcase.model.search.EvidenceTexts;
import org.trustcase.persistence.database.Database;

/** The items' texts in {@code evidence_text}; the search's documents follow by trigger (migration V28). */
public final class JooqEvidenceTexts implements EvidenceTexts {
    private final Database database;
    private final JooqEvidenceRepository items;

    public JooqEvidenceTexts(Database database, JooqEvidenceRepository items) {
        this.database = Objects.requireNonNull(database, "database");
        this.items = Objects.requireNonNull(items, "items");
    }

    @Override
    public List<EvidenceItem> withoutText(int limit) {
        DSLContext dsl = dsl();
        List<Long> ids = dsl.select(EVIDENCE_ITEM.ID).from(EVIDENCE_ITEM)
                .where(EVIDENCE_ITEM.STATE.ne("disposed"))
                .andNotExists(dsl.selectOne().from(EVIDENCE_TEXT).where(EVIDENCE_TEXT.ITEM_ID.eq(EVIDENCE_ITEM.ID)))
                .orderBy(EVIDENCE_ITEM.ID).limit(limit).fetch(EVIDENCE_ITEM.ID);
        return ids.stream().map(id -> items.find(id).orElseThrow()).toList();
    }

    @Override
    public void put(long itemId, String text) {
        dsl().insertInto(EVIDENCE_TEXT).set(EVIDENCE_TEXT.ITEM_ID, itemId).set(EVIDENCE_TEXT.TEXT, text)
                .onConflictDoNothing().execute();
    }

    private DSLContext dsl() {
        return database.dsl("evidence texts");
    }
}
