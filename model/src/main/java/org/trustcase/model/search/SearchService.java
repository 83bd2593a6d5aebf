package org.trustcase.model.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.trustcase.model.access.AccessControl;
import org.trustcase.model.access.UseCase;
import org.trustcase.model.common.TransactionRunner;

/**
 * The one search over the cases: titles and summaries, notes, tasks, annotations, past events and evidence text. A
 * legal reviewer finds only in the cases assigned to them.
 */
public final class SearchService {
    /** The most places one search returns. */
    public static final int MAX_LIMIT = 500;
    /** The most words of one search; more are ignored. */
    public static final int MAX_WORDS = 12;

    private final SearchIndex index;
    private final TransactionRunner transactions;
    private final AccessControl access;

    public SearchService(SearchIndex index, TransactionRunner transactions, AccessControl access) {
        this.index = Objects.requireNonNull(index, "index");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.access = Objects.requireNonNull(access, "access");
    }

    /**
     * The places holding every word of {@code text}, newest first; none for a text without a letter or digit. Words
     * are split at anything that is not a letter or digit, so that no character is syntax.
     */
    public List<SearchHit> search(String text, int limit) {
        access.require(UseCase.SEARCH, null);
        List<String> words = words(text);
        if (words.isEmpty() || limit <= 0) {
            return List.of();
        }
        String assignedTo = access.onlyCasesAssignedTo();
        int capped = Math.min(limit, MAX_LIMIT);
        return transactions.read(() -> index.search(words, assignedTo, capped));
    }

    /** The words of a search text: runs of letters and digits, at most {@link #MAX_WORDS}. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                word.appendCodePoint(c);
            } else if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
        });
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words.size() > MAX_WORDS ? List.copyOf(words.subList(0, MAX_WORDS)) : words;
    }
}
