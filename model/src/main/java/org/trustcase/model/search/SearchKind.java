package org.trustcase.model.search;

import org.trustcase.model.common.Coded;

/** What a search found the words in. */
public enum SearchKind implements Coded {
    /** The case's reference, title or summary. */
    CASE,
    NOTE,
    TASK,
    /** A legal reviewer's or the DPO's annotation of an evidence item. */
    ANNOTATION,
    /** A past event recorded on the case's timeline. */
    EVENT,
    /** The text of an evidence item. */
    EVIDENCE;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
