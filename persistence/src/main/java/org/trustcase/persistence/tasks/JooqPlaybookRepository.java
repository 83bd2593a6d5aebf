package org.trustcase.persistence.tasks;

import static org.trustcase.persistence.jooq.Tables.PLAYBOOK;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;
import org.trustcase.model.tasks.Playbook;
import org.trustcase.model.tasks.PlaybookRepository;
import org.trustcase.persistence.database.Database;
import org.trustcase.persistence.jooq.tables.records.PlaybookRecord;

/**
 * Playbooks in {@code playbook}: each one's body is the JSON of its file (format {@code trustcase-playbook},
 * version 1), so that an exported playbook is what the workspace holds.
 */
public final class JooqPlaybookRepository implements PlaybookRepository {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    private final Database database;

    public JooqPlaybookRepository(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** The stored body. */
    record Body(String format, int version, String name, String title, String description, List<Step> tasks) {
    }

    record Step(String group, String title, String description, String clock) {
    }

    @Override
    public List<Playbook> all() {
        return dsl().selectFrom(PLAYBOOK).orderBy(PLAYBOOK.NAME).fetch(JooqPlaybookRepository::playbook);
    }

    @Override
    public Optional<Playbook> find(String name) {
        return dsl().selectFrom(PLAYBOOK).where(PLAYBOOK.NAME.eq(name)).fetchOptional()
                .map(JooqPlaybookRepository::playbook);
    }

    @Override
    public void put(Playbook p) {
        String body;
        try {
            body = JSON.writeValueAsString(new Body("trustcase-playbook", 1, p.name(), p.title(), p.description(),
                    p.steps().stream().map(s -> new Step(s.group(), s.title(), s.description(), s.clockRule()))
                            .toList()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        dsl().insertInto(PLAYBOOK).set(PLAYBOOK.NAME, p.name()).set(PLAYBOOK.TITLE, p.title())
                .set(PLAYBOOK.BODY, body).set(PLAYBOOK.UPDATED_BY, p.updatedBy()).set(PLAYBOOK.UPDATED_AT, p.updatedAt())
                .onConflict(PLAYBOOK.NAME).doUpdate().set(PLAYBOOK.TITLE, p.title()).set(PLAYBOOK.BODY, body)
                .set(PLAYBOOK.UPDATED_BY, p.updatedBy()).set(PLAYBOOK.UPDATED_AT, p.updatedAt()).execute();
    }

    private static Playbook playbook(PlaybookRecord r) {
        try {
            Body body = JSON.readValue(r.getBody(), Body.class);
            return new Playbook(r.getName(), r.getTitle(), body.description(), body.tasks().stream()
                    .map(s -> new Playbook.Step(s.group(), s.title(), s.description(), s.clock())).toList(),
                    r.getUpdatedBy(), r.getUpdatedAt());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable playbook " + r.getName() + ": " + e.getOriginalMessage(), e);
        }
    }

    private DSLContext dsl() {
        return database.dsl("playbooks");
    }
}
