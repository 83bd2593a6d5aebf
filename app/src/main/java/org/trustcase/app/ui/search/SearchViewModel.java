package org.trustcase.app.ui.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.TaskExecutor;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.common.TrustcaseException;
import org.trustcase.model.search.SearchHit;
import org.trustcase.model.search.SearchService;
import org.trustcase.model.search.TextExtractor;

/**
 * The search as the user types: each text searched in the background, the latest one winning (a keystroke while a
 * search runs waits for it, and only the text typed last is searched next); the places found grouped by case, the
 * cases in the order of their newest place.
 */
public final class SearchViewModel {
    /** How many places one search shows. */
    static final int LIMIT = 100;

    /** A line of the results: a case, or a place in it. */
    public sealed interface Row {
    }

    /** The case the places below it are in. */
    public record CaseRow(CaseReference reference, String title, int places) implements Row {
    }

    /** A place found. */
    public record HitRow(SearchHit hit) implements Row {
    }

    private final SearchService search;
    private final TextExtractor extractor;
    private final TaskExecutor executor;
    private final Messages messages;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private boolean running;
    /** The text typed while a search ran, to search next; null: none. */
    private String waiting;

    /** The text typed last, searched again once the evidence's text is brought up to date. */
    private String last = "";

    public SearchViewModel(SearchService search, TextExtractor extractor, TaskExecutor executor, Messages messages) {
        this.search = Objects.requireNonNull(search, "search");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /**
     * Reads the text of the evidence added since the last time (in the background), then searches the text typed
     * last again, so that what the new items say is found too.
     */
    public void refreshEvidence() {
        // on the long-job lane: after an upgrade every item's text is read, which must not hold up the searches
        executor.longJob(progress -> search.indexEvidence(extractor)).onSuccess(read -> {
            if (read > 0) {
                search(last);
            }
        }).onError(TrustcaseException.class, failure -> summary.set(messages.describe(failure))).start();
    }

    /** Searches {@code text} now, or as soon as the search running ends. */
    public void search(String text) {
        last = text == null ? "" : text;
        if (running) {
            waiting = text == null ? "" : text;
            return;
        }
        if (SearchService.words(text).isEmpty()) {
            rows.clear();
            summary.set("");
            return;
        }
        running = true;
        executor.create(() -> search.search(text, LIMIT)).onSuccess(hits -> show(text, hits))
                .onError(TrustcaseException.class, failure -> {
                    rows.clear();
                    summary.set(messages.describe(failure));
                }).andFinally(() -> {
                    running = false;
                    if (waiting != null) {
                        String next = waiting;
                        waiting = null;
                        search(next);
                    }
                }).start();
    }

    private void show(String text, List<SearchHit> hits) {
        Map<CaseReference, List<SearchHit>> byCase = new LinkedHashMap<>();
        hits.forEach(hit -> byCase.computeIfAbsent(hit.reference(), r -> new ArrayList<>()).add(hit));
        List<Row> lines = new ArrayList<>();
        byCase.forEach((reference, places) -> {
            lines.add(new CaseRow(reference, places.get(0).caseTitle(), places.size()));
            places.forEach(place -> lines.add(new HitRow(place)));
        });
        rows.setAll(lines);
        summary.set(hits.isEmpty() ? messages.format("search.none", text.strip())
                : messages.format(hits.size() >= LIMIT ? "search.found-first" : "search.found", hits.size(),
                        byCase.size()));
    }
}
