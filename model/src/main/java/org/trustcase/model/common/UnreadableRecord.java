package org.trustcase.model.common;

import java.util.Objects;

/**
 * A stored record that could not be read (a code no version of this program knows, say: the
 * database was written by another version or edited by hand). A list reports it and shows the
 * others. {@code record} names it as stored ({@code TC-2026-0002}, {@code audit event 17});
 * {@code detail} is the storage layer's own words.
 */
public record UnreadableRecord(String record, String detail) {
    public UnreadableRecord {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(detail, "detail");
    }

    /** {@code storage.unreadable-record} with the record and the detail. */
    public Problem problem() {
        return Problem.of("storage.unreadable-record", record, detail);
    }
}
