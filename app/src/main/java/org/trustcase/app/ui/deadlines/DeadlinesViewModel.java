package org.trustcase.app.ui.deadlines;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.Ticker;

/**
 * The deadlines screen: the running clocks of every open case (with the waiting ones on request), overdue on
 * top, then the soonest due, and how many run and are overdue.
 */
public final class DeadlinesViewModel {
    private final OpenDeadlines deadlines;
    private final Ticker ticker;
    private final Messages messages;
    private final BooleanProperty showWaiting = new SimpleBooleanProperty(this, "showWaiting", false);
    private final ObservableList<DeadlineEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<DeadlineEntry> entriesView = FXCollections.unmodifiableObservableList(entries);
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper(this, "count", "");

    public DeadlinesViewModel(OpenDeadlines deadlines, Ticker ticker, Messages messages) {
        this.deadlines = Objects.requireNonNull(deadlines, "deadlines");
        this.ticker = Objects.requireNonNull(ticker, "ticker");
        this.messages = Objects.requireNonNull(messages, "messages");
        deadlines.casesProperty().addListener((observable, before, after) -> update());
        showWaiting.addListener((observable, before, after) -> update());
        update();
    }

    public BooleanProperty showWaitingProperty() {
        return showWaiting;
    }

    /** The listed clocks, in the order shown. */
    public ObservableList<DeadlineEntry> entries() {
        return entriesView;
    }

    /** "4 clocks running · 1 overdue". */
    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** Reads the clocks again (when the screen is shown). */
    public void refresh() {
        deadlines.refresh();
    }

    private void update() {
        List<DeadlineEntry> listed = DeadlineOrder.entries(deadlines.cases(), showWaiting.get(), ticker.now());
        entries.setAll(listed);
        List<ClockState> states = DeadlineOrder.open(deadlines.cases())
                .map(entry -> ClockState.of(entry.clock(), ticker.now())).toList();
        long overdue = states.stream().filter(state -> state == ClockState.OVERDUE).count();
        count.set(messages.format("deadlines.screen.count", states.size() - overdue, overdue));
    }
}
