package org.trustcase.app.ui.deadlines;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.trustcase.app.AppContext;
import org.trustcase.app.ui.support.Tasks;
import org.trustcase.app.ui.support.Ticker;
import org.trustcase.model.caseclocks.CaseDeadlines;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.deadlines.DeadlineClock;

/**
 * The clocks of every open case, as the screens of the window share them (the deadlines screen, the cases table,
 * the alerts). Read in the background after every change and again once a minute of the application clock has
 * passed since the last reading; a request made while a reading runs is served by one more reading after it.
 */
public final class OpenDeadlines {
    /** How often the clocks are read again while nothing changes. */
    public static final Duration REFRESH_EVERY = Duration.ofMinutes(1);

    private final AppContext context;
    private final Tasks tasks;
    private final Ticker ticker;
    private final ReadOnlyObjectWrapper<List<CaseDeadlines>> cases = new ReadOnlyObjectWrapper<>(this, "cases",
            List.of());
    private Map<CaseReference, DeadlineClock> next = Map.of();
    private Instant lastRead;
    private boolean reading;
    private boolean again;

    public OpenDeadlines(AppContext context, Tasks tasks, Ticker ticker) {
        this.context = Objects.requireNonNull(context, "context");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.ticker = Objects.requireNonNull(ticker, "ticker");
        ticker.nowProperty().addListener((observable, before, now) -> refreshIfStale(now));
    }

    /** Every open case with its clocks, as last read (an immutable list, replaced by each reading). */
    public ReadOnlyObjectProperty<List<CaseDeadlines>> casesProperty() {
        return cases.getReadOnlyProperty();
    }

    public List<CaseDeadlines> cases() {
        return cases.get();
    }

    /** The clock that matters next for an open case (overdue, or the soonest running); empty otherwise. */
    public Optional<DeadlineClock> next(CaseReference reference) {
        return Optional.ofNullable(next.get(reference));
    }

    /** Reads the clocks again in the background. */
    public void refresh() {
        if (reading) {
            again = true;
            return;
        }
        reading = true;
        lastRead = ticker.now();
        tasks.create(() -> context.clocks().openCases())
                .onSuccess(this::replace)
                .andFinally(() -> {
                    reading = false;
                    if (again) {
                        again = false;
                        refresh();
                    }
                })
                .start();
    }

    private void refreshIfStale(Instant now) {
        if (lastRead != null && !reading && Duration.between(lastRead, now).compareTo(REFRESH_EVERY) >= 0) {
            refresh();
        }
    }

    private void replace(List<CaseDeadlines> loaded) {
        Map<CaseReference, DeadlineClock> nextByCase = new HashMap<>();
        for (CaseDeadlines c : loaded) {
            c.next().ifPresent(clock -> nextByCase.put(c.breachCase().reference(), clock));
        }
        next = Map.copyOf(nextByCase);
        cases.set(List.copyOf(loaded));
    }
}
