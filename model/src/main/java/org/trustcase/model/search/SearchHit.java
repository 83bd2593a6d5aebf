package org.trustcase.model.search;

import java.util.Objects;
import org.trustcase.model.cases.CaseReference;

/**
 * One place a search found its words: a case's text, note, task, annotation, past event or evidence text.
 *
 * @param sourceId the id of the note, task, annotation, past event or evidence item (of a case's own text: 0)
 * @param snippet  the words around the match, each matched word between {@link #MARK} and {@link #END}
 */
public record SearchHit(CaseReference reference, String caseTitle, SearchKind kind, long sourceId, String snippet) {
    /** Starts a matched word in a snippet: a control character, which no stored text holds. */
    public static final char MARK = '\u0002';
    /** Ends a matched word in a snippet. */
    public static final char END = '\u0003';

    public SearchHit {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(caseTitle, "caseTitle");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(snippet, "snippet");
    }

    /** The snippet as plain text, without the marks. */
    public String plainSnippet() {
        return snippet.replace(String.valueOf(MARK), "").replace(String.valueOf(END), "");
    }
}
