package org.trustcase.model.search;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.trustcase.model.access.AccessControl;
import org.trustcase.model.access.UseCase;
import org.trustcase.model.common.PlainText;
import org.trustcase.model.common.TransactionRunner;
import org.trustcase.model.evidence.EvidenceItem;
import org.trustcase.model.evidence.EvidenceVault;

/**
 * The one search over the cases: titles and summaries, notes, tasks, annotations, past events and evidence text. A
 * legal reviewer finds only in the cases assigned to them.
 */
public final class SearchService {
    /** The most places one search returns. */
    public static final int MAX_LIMIT = 500;
    /** The most words of one search; more are ignored. */
    public static final int MAX_WORDS = 12;

    /** The most characters of an evidence item's text the search keeps. */
    public static final int MAX_EVIDENCE_TEXT = 1_000_000;
    /** How many items one round of {@link #indexEvidence} reads. */
    static final int EVIDENCE_BATCH = 20;

    private final SearchIndex index;
    private final TransactionRunner transactions;
    private final AccessControl access;
    private final EvidenceTexts texts;
    private final EvidenceVault vault;

    public SearchService(SearchIndex index, TransactionRunner transactions, AccessControl access) {
        this(index, null, null, transactions, access);
    }

    /**
     * @param texts the evidence items' texts, or {@code null} with {@code vault}: the search does not read evidence
     * @param vault where the items' files are read from, to extract their text
     */
    public SearchService(SearchIndex index, EvidenceTexts texts, EvidenceVault vault, TransactionRunner transactions,
            AccessControl access) {
        this.index = Objects.requireNonNull(index, "index");
        this.texts = texts;
        this.vault = vault;
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.access = Objects.requireNonNull(access, "access");
    }

    /**
     * Brings the search up to date with the evidence: the text of each item added since is extracted from its file (a
     * file that cannot be read, or of a kind without text, gives none) and stored, a few items per transaction so that
     * a long extraction holds no write open. Housekeeping any signed-in person's search may start; the text is shown
     * only to those who may read the case. Returns how many items were read.
     */
    public int indexEvidence(TextExtractor extractor) {
        access.require(UseCase.SEARCH_INDEX, null);
        if (texts == null) {
            return 0;
        }
        int done = 0;
        // items whose file cannot be read now (not in the vault, a share away): tried again at the next round
        java.util.Set<Long> later = new java.util.HashSet<>();
        while (true) {
            List<EvidenceItem> pending = transactions.read(() -> texts.withoutText(EVIDENCE_BATCH + later.size()))
                    .stream().filter(item -> !later.contains(item.id())).limit(EVIDENCE_BATCH).toList();
            if (pending.isEmpty()) {
                return done;
            }
            List<EvidenceItem> read = new ArrayList<>();
            List<String> extracted = new ArrayList<>();
            for (EvidenceItem item : pending) {
                java.util.Optional<String> text = extract(extractor, item);
                if (text.isPresent()) {
                    read.add(item);
                    extracted.add(text.get());
                } else {
                    later.add(item.id());
                }
            }
            transactions.inTransaction(() -> {
                for (int i = 0; i < read.size(); i++) {
                    texts.put(read.get(i).id(), extracted.get(i));
                }
                return null;
            });
            done += read.size();
        }
    }

    /**
     * The item's text: empty when its file cannot be read now (to try again later); {@code ""} when the file cannot
     * be parsed or holds no text the search reads (a definite answer: the item is not read again).
     */
    private java.util.Optional<String> extract(TextExtractor extractor, EvidenceItem item) {
        InputStream content;
        try {
            if (!vault.holds(item.sha256())) {
                return java.util.Optional.empty();
            }
            content = vault.open(item.sha256());
        } catch (RuntimeException e) {
            return java.util.Optional.empty();
        }
        try (content) {
            String text = extractor.text(content, item.mediaType(), item.originalName()).orElse("");
            String clean = PlainText.withoutHiddenCharacters(text);
            return java.util.Optional.of(clean.length() > MAX_EVIDENCE_TEXT ? clean.substring(0, MAX_EVIDENCE_TEXT)
                    : clean);
        } catch (IOException | RuntimeException e) {
            // a file the extractor cannot parse is searched by its notes only
            return java.util.Optional.of("");
        }
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
