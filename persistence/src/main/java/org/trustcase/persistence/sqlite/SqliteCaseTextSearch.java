package org.trustcase.persistence.sqlite;

import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.trustcase.persistence.caselist.CaseTextSearch;

/**
 * The cases filter on SQLite: the FTS5 table {@code case_search_fts} with the trigram tokenizer
 * (migration V7), which finds a substring of three characters or more, ignoring case. A word is
 * searched as one quoted phrase, so that the user's punctuation ({@code tc-2026-}) is text, not syntax.
 */
public final class SqliteCaseTextSearch implements CaseTextSearch {
    /** The trigram tokenizer needs three characters to use its index. */
    static final int SHORTEST = 3;
    /**
     * From this many matches on, a page is found sooner by scanning the cases in order (a page of 200 is then
     * met within the first few thousand cases read) than by collecting every match from the index.
     */
    static final int COMMON = 10_000;

    @Override
    public Optional<Condition> contains(DSLContext dsl, Field<Long> caseId, String word, boolean forPage) {
        if (word.codePointCount(0, word.length()) < SHORTEST) {
            return Optional.empty();
        }
        String phrase = '"' + word.replace("\"", "\"\"") + '"';
        if (forPage && common(dsl, phrase)) {
            return Optional.empty();
        }
        return Optional.of(DSL.condition("{0} IN (SELECT rowid FROM case_search_fts WHERE case_search_fts MATCH {1})",
                caseId, DSL.val(phrase)));
    }

    /** Counts the matches up to {@link #COMMON}, which costs little however many there are. */
    private static boolean common(DSLContext dsl, String phrase) {
        Integer matches = dsl.fetchOne("SELECT count(*) FROM (SELECT rowid FROM case_search_fts"
                + " WHERE case_search_fts MATCH ? LIMIT " + COMMON + ")", phrase).get(0, Integer.class);
        return matches != null && matches >= COMMON;
    }
}
