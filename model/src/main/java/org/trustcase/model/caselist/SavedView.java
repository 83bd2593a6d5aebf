package org.trustcase.model.caselist;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A named view of the cases table, saved by one person: the table's filters as they were set, by name ({@code text},
 * {@code statuses}, {@code overdue}, {@code owner}, {@code jurisdiction}, {@code bands}, {@code mentions}), each a line
 * of text the table reads back.
 */
public record SavedView(String owner, String name, Map<String, String> filters, Instant savedAt) {
    public SavedView {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(savedAt, "savedAt");
        filters = java.util.Collections.unmodifiableMap(new TreeMap<>(filters));
    }
}
