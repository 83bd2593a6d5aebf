package org.trustcase.model.testing;

import java.util.ArrayList;
import java.util.List;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.timeline.PastEvent;
import org.trustcase.model.timeline.PastEventRepository;

/** The cases' past events in memory. */
public final class InMemoryPastEvents implements PastEventRepository {
    private final List<PastEvent> stored = new ArrayList<>();

    @Override
    public long add(PastEvent event) {
        stored.add(event.withId(stored.size() + 1L));
        return stored.size();
    }

    @Override
    public List<PastEvent> list(CaseReference caseReference) {
        return stored.stream().filter(e -> e.caseReference().equals(caseReference)).toList();
    }

    public List<Object> state() {
        return List.copyOf(stored);
    }
}
