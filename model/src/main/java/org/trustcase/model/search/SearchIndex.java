package org.trustcase.model.search;

import java.util.List;

/**
 * Port: the full-text index of what the cases hold, kept in step with every write by the store itself. One
 * implementation per database engine.
 */
public interface SearchIndex {
    /**
     * The places where every word occurs, the newest first: each word as a whole word or the beginning of one, or as a
     * word of the same stem; ignoring case and diacritics.
     *
     * @param words      one or more words, none blank, as the user typed them
     * @param assignedTo only in cases this login is assigned to, or {@code null}: in every case
     */
    List<SearchHit> search(List<String> words, String assignedTo, int limit);
}
