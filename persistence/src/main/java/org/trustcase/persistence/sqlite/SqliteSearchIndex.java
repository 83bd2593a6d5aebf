package org.trustcase.persistence.sqlite;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.common.Coded;
import org.trustcase.model.search.SearchHit;
import org.trustcase.model.search.SearchIndex;
import org.trustcase.model.search.SearchKind;
import org.trustcase.persistence.database.Database;

/**
 * The search on SQLite (migration V26): each word is looked for as a word or its beginning in {@code search_fts}, and as
 * a whole word by its stem in {@code search_stem_fts}; the places either finds are merged, newest first. Each index is
 * read backwards by document id and stops at the limit, so that a common word costs no more than a rare one. Words are
 * quoted, so that nothing the user types is query syntax.
 */
public final class SqliteSearchIndex implements SearchIndex {
    /** How many words of context a snippet shows around the matches. */
    private static final int SNIPPET_WORDS = 20;

    private final Database database;

    public SqliteSearchIndex(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public List<SearchHit> search(List<String> words, String assignedTo, int limit) {
        if (words.isEmpty()) {
            return List.of();
        }
        DSLContext dsl = database.dsl("search");
        Map<Long, SearchHit> found = new LinkedHashMap<>();
        read(dsl, "search_fts", expression(words, true), assignedTo, limit, found);
        read(dsl, "search_stem_fts", expression(words, false), assignedTo, limit, found);
        return found.entrySet().stream().sorted(Map.Entry.<Long, SearchHit>comparingByKey(Comparator.reverseOrder()))
                .limit(limit).map(Map.Entry::getValue).toList();
    }

    /** {@code "w1"* AND "w2"*} (beginnings) or {@code "w1" AND "w2"} (whole words, by stem). */
    static String expression(List<String> words, boolean beginnings) {
        return words.stream().map(w -> '"' + SqliteCaseTextSearch.folded(w.toLowerCase(Locale.ROOT)).replace("\"", "\"\"")
                + '"' + (beginnings ? "*" : "")).collect(Collectors.joining(" AND "));
    }

    private static void read(DSLContext dsl, String table, String expression, String assignedTo, int limit,
            Map<Long, SearchHit> found) {
        String sql = "SELECT d.id, d.kind, d.source_id, b.reference, b.title, snippet(" + table + ", 0, char(2), char(3),"
                + " '…', " + SNIPPET_WORDS + ") FROM " + table + " JOIN search_doc d ON d.id = " + table + ".rowid"
                + " JOIN breach_case b ON b.id = d.case_id WHERE " + table + " MATCH ?"
                + (assignedTo == null ? "" : " AND EXISTS (SELECT 1 FROM case_assignment a"
                        + " WHERE a.case_id = d.case_id AND a.login = ?)")
                + " ORDER BY " + table + ".rowid DESC LIMIT ?";
        List<Object> values = new ArrayList<>();
        values.add(expression);
        if (assignedTo != null) {
            values.add(assignedTo);
        }
        values.add(limit);
        for (Record r : dsl.fetch(sql, values.toArray())) {
            long id = r.get(0, Long.class);
            found.putIfAbsent(id, new SearchHit(CaseReference.parse(r.get(3, String.class)), r.get(4, String.class),
                    Coded.parse(SearchKind.class, r.get(1, String.class), "kind"),
                    "case".equals(r.get(1, String.class)) ? 0 : r.get(2, Long.class), r.get(5, String.class)));
        }
    }
}
