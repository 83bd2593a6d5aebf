package org.trustcase.persistence.caselist;

import static org.trustcase.persistence.jooq.Tables.SAVED_VIEW;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jooq.DSLContext;
import org.trustcase.model.caselist.SavedView;
import org.trustcase.model.caselist.SavedViewRepository;
import org.trustcase.persistence.database.Database;
import org.trustcase.persistence.database.DatabaseException;

/** Saved views in {@code saved_view}, the filters as a JSON object of names and values. */
public final class JooqSavedViewRepository implements SavedViewRepository {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> FILTERS = new TypeReference<>() {
    };

    private final Database database;

    public JooqSavedViewRepository(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public List<SavedView> list(String owner) {
        return dsl().selectFrom(SAVED_VIEW).where(SAVED_VIEW.OWNER.eq(owner)).orderBy(SAVED_VIEW.NAME)
                .fetch(r -> new SavedView(r.getOwner(), r.getName(), filters(r.getFilters()), r.getSavedAt()));
    }

    @Override
    public void save(SavedView view) {
        String filters;
        try {
            filters = JSON.writeValueAsString(view.filters());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a view's filters are text", e);
        }
        dsl().insertInto(SAVED_VIEW).set(SAVED_VIEW.OWNER, view.owner()).set(SAVED_VIEW.NAME, view.name())
                .set(SAVED_VIEW.FILTERS, filters).set(SAVED_VIEW.SAVED_AT, view.savedAt())
                .onConflict(SAVED_VIEW.OWNER, SAVED_VIEW.NAME).doUpdate().set(SAVED_VIEW.FILTERS, filters)
                .set(SAVED_VIEW.SAVED_AT, view.savedAt()).execute();
    }

    @Override
    public boolean delete(String owner, String name) {
        return dsl().deleteFrom(SAVED_VIEW).where(SAVED_VIEW.OWNER.eq(owner)).and(SAVED_VIEW.NAME.eq(name))
                .execute() > 0;
    }

    private static Map<String, String> filters(String json) {
        try {
            return JSON.readValue(json, FILTERS);
        } catch (JsonProcessingException e) {
            throw new DatabaseException("a saved view's filters cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    private DSLContext dsl() {
        return database.dsl("saved views");
    }
}
