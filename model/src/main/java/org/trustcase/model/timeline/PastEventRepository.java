package org.trustcase.model.timeline;

import java.util.List;
import org.trustcase.model.cases.CaseReference;

/** Port: the past events recorded on the cases; none is changed or deleted. */
public interface PastEventRepository {
    /** Stores the event; returns its id. */
    long add(PastEvent event);

    /** The case's past events in the order they were recorded. */
    List<PastEvent> list(CaseReference caseReference);
}
