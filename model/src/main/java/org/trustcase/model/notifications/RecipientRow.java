package org.trustcase.model.notifications;

import java.util.Map;

/** One row of a recipient file as read: the line it starts on, and its cells by the column names of the header. */
public record RecipientRow(long line, Map<String, String> cells) {
    public RecipientRow {
        cells = Map.copyOf(cells);
    }
}
