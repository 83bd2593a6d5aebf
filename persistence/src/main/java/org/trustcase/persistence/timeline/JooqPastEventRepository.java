package org.trustcase.persistence.timeline;

import static org.trustcase.persistence.jooq.Tables.CASE_PAST_EVENT;

import java.util.List;
import java.util.Objects;
import org.jooq.DSLContext;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.common.Coded;
import org.trustcase.model.timeline.Confidence;
import org.trustcase.model.timeline.PastEvent;
import org.trustcase.model.timeline.PastEventRepository;
import org.trustcase.persistence.cases.CaseIds;
import org.trustcase.persistence.database.Database;

/** Past events in {@code case_past_event}, one row each. */
public final class JooqPastEventRepository implements PastEventRepository {
    private final Database database;

    public JooqPastEventRepository(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public long add(PastEvent e) {
        DSLContext dsl = database.dsl("past events");
        return dsl.insertInto(CASE_PAST_EVENT).set(CASE_PAST_EVENT.CASE_ID, CaseIds.of(dsl, e.caseReference()))
                .set(CASE_PAST_EVENT.HAPPENED_AT, e.happenedAt()).set(CASE_PAST_EVENT.DESCRIPTION, e.description())
                .set(CASE_PAST_EVENT.SOURCE, e.source()).set(CASE_PAST_EVENT.CONFIDENCE, e.confidence().code())
                .set(CASE_PAST_EVENT.RECORDED_BY, e.recordedBy()).set(CASE_PAST_EVENT.RECORDED_AT, e.recordedAt())
                .returning(CASE_PAST_EVENT.ID).fetchOne().getId();
    }

    @Override
    public List<PastEvent> list(CaseReference caseReference) {
        DSLContext dsl = database.dsl("past events");
        return dsl.selectFrom(CASE_PAST_EVENT).where(CASE_PAST_EVENT.CASE_ID.eq(CaseIds.of(dsl, caseReference)))
                .orderBy(CASE_PAST_EVENT.ID)
                .fetch(r -> new PastEvent(r.getId(), caseReference, r.getHappenedAt(), r.getDescription(),
                        r.getSource(), Coded.parse(Confidence.class, r.getConfidence(), "confidence"),
                        r.getRecordedBy(), r.getRecordedAt()));
    }
}
