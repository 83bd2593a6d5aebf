package org.trustcase.app.ui.search;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.trustcase.app.ui.evidence.EvidenceTab;
import org.trustcase.app.ui.shell.Navigation;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.TaskExecutor;
import org.trustcase.app.ui.tasks.TasksTab;
import org.trustcase.app.ui.timeline.TimelineTab;
import org.trustcase.model.search.SearchHit;
import org.trustcase.model.search.SearchService;

/**
 * The Search page: one box over the cases' titles and summaries, notes, tasks, annotations and past events, searched as
 * the user types; the places found grouped by case. Choosing one opens its case on the tab that shows it.
 */
public final class SearchController {
    private final SearchViewModel viewModel;
    private final Navigation navigation;
    private final Messages messages;

    @FXML private Parent root;
    @FXML private TextField query;
    @FXML private Label summary;
    @FXML private ListView<SearchViewModel.Row> results;

    public SearchController(SearchService search, org.trustcase.model.search.TextExtractor extractor,
            TaskExecutor executor, Messages messages, Navigation navigation) {
        this.viewModel = new SearchViewModel(search, extractor, executor, messages);
        this.navigation = navigation;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        summary.textProperty().bind(viewModel.summaryProperty());
        results.setItems(viewModel.rows());
        results.setCellFactory(view -> new SearchResultCell(messages));
        query.textProperty().addListener((observable, before, after) -> viewModel.search(after));
        query.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DOWN && !results.getItems().isEmpty()) {
                results.requestFocus();
                results.getSelectionModel().selectFirst();
                event.consume();
            } else if (event.getCode() == KeyCode.ENTER && !results.getItems().isEmpty()) {
                open(results.getItems().get(0));
                event.consume();
            }
        });
        results.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && results.getSelectionModel().getSelectedItem() != null) {
                open(results.getSelectionModel().getSelectedItem());
                event.consume();
            }
        });
        results.setOnMouseClicked(event -> {
            if (event.getClickCount() >= 1 && results.getSelectionModel().getSelectedItem() != null) {
                open(results.getSelectionModel().getSelectedItem());
            }
        });
    }

    /** The page shown: the evidence added since is read for the search (in the background). */
    public void shown() {
        viewModel.refreshEvidence();
    }

    /** Puts the keyboard in the search box, its text chosen, so that typing starts a new search. */
    public void focus() {
        Platform.runLater(() -> {
            query.requestFocus();
            query.selectAll();
        });
    }

    private void open(SearchViewModel.Row row) {
        if (row instanceof SearchViewModel.CaseRow c) {
            navigation.openCase(c.reference());
        } else if (row instanceof SearchViewModel.HitRow h) {
            String tab = tabOf(h.hit());
            if (tab == null) {
                navigation.openCase(h.hit().reference());
            } else {
                navigation.openCase(h.hit().reference(), tab);
            }
        }
    }

    /** The tab that shows the place: notes and past events on the timeline, tasks on theirs, annotations on evidence. */
    private static String tabOf(SearchHit hit) {
        return switch (hit.kind()) {
            case NOTE, EVENT -> TimelineTab.TAB_ID;
            case TASK -> TasksTab.TAB_ID;
            case ANNOTATION, EVIDENCE -> EvidenceTab.TAB_ID;
            case CASE -> null;
        };
    }
}
