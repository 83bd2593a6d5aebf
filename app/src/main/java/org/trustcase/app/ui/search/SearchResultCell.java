package org.trustcase.app.ui.search;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.model.search.SearchHit;

/** A line of the results: a case (reference and title), or a place in it (its kind, and the snippet, words marked). */
final class SearchResultCell extends ListCell<SearchViewModel.Row> {
    private final Messages messages;

    SearchResultCell(Messages messages) {
        this.messages = messages;
    }

    @Override
    protected void updateItem(SearchViewModel.Row row, boolean empty) {
        super.updateItem(row, empty);
        setText(null);
        getStyleClass().removeAll("search-case", "search-place");
        if (empty || row == null) {
            setGraphic(null);
            return;
        }
        if (row instanceof SearchViewModel.CaseRow c) {
            getStyleClass().add("search-case");
            Label reference = new Label(c.reference().toString());
            reference.getStyleClass().add("search-reference");
            Label title = new Label(c.title());
            title.getStyleClass().add("search-title");
            Label places = new Label(messages.format("search.places", c.places()));
            places.getStyleClass().add("text-muted");
            setGraphic(new HBox(10, reference, title, places));
        } else if (row instanceof SearchViewModel.HitRow h) {
            getStyleClass().add("search-place");
            Label kind = new Label(messages.label(h.hit().kind()));
            kind.getStyleClass().add("search-kind");
            kind.setMinWidth(110);
            TextFlow snippet = snippet(h.hit().snippet());
            snippet.prefWidthProperty().bind(widthProperty().subtract(170));
            setGraphic(new HBox(10, kind, snippet));
        }
    }

    /** The snippet with its matched words (between the hit's marks) emphasised. */
    private static TextFlow snippet(String marked) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("search-snippet");
        boolean match = false;
        StringBuilder piece = new StringBuilder();
        for (char c : (marked + SearchHit.MARK).toCharArray()) {
            if (c == SearchHit.MARK || c == SearchHit.END) {
                if (!piece.isEmpty()) {
                    // a note's light formatting marks are not shown: the words are
                    Text text = new Text(piece.toString().replace('\n', ' ').replace("**", ""));
                    text.getStyleClass().add(match ? "search-match" : "text");
                    flow.getChildren().add(text);
                    piece.setLength(0);
                }
                match = c == SearchHit.MARK;
            } else {
                piece.append(c);
            }
        }
        return flow;
    }
}
