package org.trustcase.persistence.tasks;

import static org.trustcase.persistence.jooq.Tables.BREACH_CASE;
import static org.trustcase.persistence.jooq.Tables.CASE_NOTE;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.tasks.CaseNote;
import org.trustcase.model.tasks.NoteRepository;
import org.trustcase.persistence.cases.CaseIds;
import org.trustcase.persistence.database.Database;
import org.trustcase.persistence.jooq.tables.records.CaseNoteRecord;

/** Notes in {@code case_note}, every version a row; the evidence items named as a comma-separated list of ids. */
public final class JooqNoteRepository implements NoteRepository {
    private static final org.trustcase.persistence.jooq.tables.CaseNote LATER = CASE_NOTE.as("later");
    private final Database database;

    public JooqNoteRepository(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public long add(CaseNote n) {
        DSLContext dsl = dsl();
        return dsl.insertInto(CASE_NOTE).set(CASE_NOTE.CASE_ID, CaseIds.of(dsl, n.caseReference()))
                .set(CASE_NOTE.TEXT, n.text())
                .set(CASE_NOTE.EVIDENCE, n.evidence().stream().map(String::valueOf).collect(Collectors.joining(",")))
                .set(CASE_NOTE.AUTHOR, n.author()).set(CASE_NOTE.WRITTEN_AT, n.writtenAt())
                .set(CASE_NOTE.REPLACES, n.replaces() == 0 ? null : n.replaces())
                .returning(CASE_NOTE.ID).fetchOne().getId();
    }

    @Override
    public Optional<CaseNote> find(long id) {
        return dsl().select(CASE_NOTE.asterisk(), BREACH_CASE.REFERENCE).from(CASE_NOTE).join(BREACH_CASE)
                .on(BREACH_CASE.ID.eq(CASE_NOTE.CASE_ID)).where(CASE_NOTE.ID.eq(id)).fetchOptional()
                .map(r -> note(CaseReference.parse(r.get(BREACH_CASE.REFERENCE)), r.into(CASE_NOTE)));
    }

    @Override
    public boolean replaced(long id) {
        return dsl().fetchExists(CASE_NOTE, CASE_NOTE.REPLACES.eq(id));
    }

    @Override
    public List<CaseNote> current(CaseReference caseReference) {
        DSLContext dsl = dsl();
        return dsl.selectFrom(CASE_NOTE).where(CASE_NOTE.CASE_ID.eq(CaseIds.of(dsl, caseReference)))
                .andNotExists(dsl.selectOne().from(LATER).where(LATER.REPLACES.eq(CASE_NOTE.ID)))
                .orderBy(CASE_NOTE.ID).fetch(r -> note(caseReference, r));
    }

    private static CaseNote note(CaseReference caseReference, CaseNoteRecord r) {
        List<Long> evidence = r.getEvidence().isEmpty() ? List.of()
                : Arrays.stream(r.getEvidence().split(",")).map(Long::valueOf).toList();
        return new CaseNote(r.getId(), caseReference, r.getText(), evidence, r.getAuthor(), r.getWrittenAt(),
                r.getReplaces() == null ? 0 : r.getReplaces());
    }

    private DSLContext dsl() {
        return database.dsl("notes");
    }
}
