package org.trustcase.persistence.meta;

import static org.trustcase.persistence.jooq.Tables.WORKSPACE_META;

import java.util.Objects;
import java.util.Optional;
import org.trustcase.persistence.database.Database;

/** Key-value facts about the workspace itself (when it was created, whether it holds demo data). */
public final class JooqWorkspaceMeta {
    public static final String CREATED_AT = "created_at";
    public static final String DEMO = "demo";
    /** Filled with generated, fictional cases for measuring (like the demo, never real data). */
    public static final String GENERATED = "generated";
    /** The fingerprint of the deadline rules the deadline index was built with. */
    public static final String CLOCK_INDEX_RULES = "clock_index_rules";

    private final Database transactions;

    public JooqWorkspaceMeta(Database transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    public Optional<String> get(String key) {
        return transactions.dsl("workspace metadata")
                .select(WORKSPACE_META.META_VALUE)
                .from(WORKSPACE_META)
                .where(WORKSPACE_META.META_KEY.eq(key))
                .fetchOptional(WORKSPACE_META.META_VALUE);
    }

    public void put(String key, String value) {
        transactions.dsl("workspace metadata")
                .insertInto(WORKSPACE_META, WORKSPACE_META.META_KEY, WORKSPACE_META.META_VALUE)
                .values(key, value)
                .onConflict(WORKSPACE_META.META_KEY)
                .doUpdate()
                .set(WORKSPACE_META.META_VALUE, value)
                .execute();
    }
}
