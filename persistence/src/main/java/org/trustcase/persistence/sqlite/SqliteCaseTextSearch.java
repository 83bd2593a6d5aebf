package org.trustcase.persistence.sqlite;

import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.trustcase.persistence.caselist.CaseTextSearch;

/**
 * The cases filter on SQLite: the FTS5 table {@code case_search_fts} with the trigram tokenizer
 * (migrations V7 and V12), which finds a substring of three characters or more, ignoring case and diacritics
 * ({@code zielinski} finds {@code Zieliński}). A word is searched as one quoted phrase, so that the user's
 * punctuation ({@code tc-2026-}) is text, not syntax.
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
        String phrase = '"' + folded(word).replace("\"", "\"\"") + '"';
        if (forPage && common(dsl, phrase)) {
            // a page of a common word is met within the first cases read in the list's order: each is looked up
            // in the index by its rowid, instead of collecting every match first
            return Optional.of(DSL.condition(
                    "EXISTS (SELECT 1 FROM case_search_fts WHERE case_search_fts MATCH {1} AND rowid = {0})",
                    caseId, DSL.val(phrase)));
        }
        return Optional.of(DSL.condition("{0} IN (SELECT rowid FROM case_search_fts WHERE case_search_fts MATCH {1})",
                caseId, DSL.val(phrase)));
    }

    /** Each word in any of the case's documents: one note may hold one word and a task the other. */
    @Override
    public Condition mentions(Field<Long> caseId, java.util.List<String> words) {
        Condition all = DSL.noCondition();
        for (String word : words) {
            java.util.List<String> one = java.util.List.of(word);
            all = all.and(DSL.condition("{0} IN (SELECT d.case_id FROM search_doc d WHERE d.id IN (SELECT rowid"
                    + " FROM search_fts WHERE search_fts MATCH {1} UNION ALL SELECT rowid FROM search_stem_fts WHERE"
                    + " search_stem_fts MATCH {2}))", caseId, DSL.val(SqliteSearchIndex.expression(one, true)),
                    DSL.val(SqliteSearchIndex.expression(one, false))));
        }
        return all;
    }

    /** Counts the matches up to {@link #COMMON}, which costs little however many there are. */
    private static boolean common(DSLContext dsl, String phrase) {
        Integer matches = dsl.fetchOne("SELECT count(*) FROM (SELECT rowid FROM case_search_fts"
                + " WHERE case_search_fts MATCH ? LIMIT " + COMMON + ")", phrase).get(0, Integer.class);
        return matches != null && matches >= COMMON;
    }

    /**
     * The letters the index's tokenizer does not fold by itself, folded as migration V12 folds the indexed text:
     * {@code ł đ ø ß ı} (and capitals) have no base letter in Unicode's decomposition.
     */
    static String folded(String word) {
        return word.replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D").replace("ø", "o")
                .replace("Ø", "O").replace("ß", "ss").replace("ı", "i");
    }
}
