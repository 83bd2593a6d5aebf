package org.trustcase.persistence.caselist;

import java.util.Optional;
import org.jooq.Condition;
import org.jooq.Field;

/**
 * How a database finds the cases whose searchable text (reference, title, owner, jurisdiction codes)
 * holds a word, ignoring case, without reading every case. One implementation per engine.
 */
public interface CaseTextSearch {

    /**
     * The condition on {@code caseId} that the case's text holds {@code word}; empty when the index
     * cannot answer for that word (too short), and the caller reads the columns instead.
     */
    Optional<Condition> contains(Field<Long> caseId, String word);
}
