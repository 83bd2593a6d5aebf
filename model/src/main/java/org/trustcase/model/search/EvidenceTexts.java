package org.trustcase.model.search;

import java.util.List;
import org.trustcase.model.evidence.EvidenceItem;

/**
 * Port: the text of the evidence items, as the search reads it. An item's text is extracted once, after the item is
 * added; a disposed item's text goes with its file.
 */
public interface EvidenceTexts {
    /** Items not disposed of whose text was not extracted yet, oldest first. */
    List<EvidenceItem> withoutText(int limit);

    /** Stores the item's text ({@code ""}: the item has none the search can read, e.g. an image). */
    void put(long itemId, String text);
}
