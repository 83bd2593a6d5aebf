package org.trustcase.persistence.caselist;

import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;

/**
 * How a database finds the cases whose searchable text (reference, title, owner, jurisdiction codes)
 * holds a word, ignoring case, without reading every case. One implementation per engine.
 */
public interface CaseTextSearch {

    /**
     * The condition on {@code caseId} that the case's text holds {@code word}; empty when reading the
     * columns is the better way: the index cannot answer for that word (too short), or, for a page
     * ({@code forPage}), the word is so common that scanning the cases in the page's order finds a
     * page of matches sooner than collecting every match from the index.
     */
    Optional<Condition> contains(DSLContext dsl, Field<Long> caseId, String word, boolean forPage);

    /**
     * The condition on {@code caseId} that the case's investigation (its text, notes, tasks, annotations, past events)
     * holds every one of {@code words}, as the search finds them: a word or its beginning, or a word of the same stem.
     */
    Condition mentions(Field<Long> caseId, java.util.List<String> words);
}
