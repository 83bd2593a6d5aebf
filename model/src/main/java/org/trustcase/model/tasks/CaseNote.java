package org.trustcase.model.tasks;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.trustcase.model.cases.CaseReference;

/**
 * An investigation note on a case: its text (plain text with light formatting: {@code **bold**}, {@code *italic*},
 * lines starting {@code - } as a list), the evidence items it refers to, its author and time. An edit is a new
 * version that replaces this one; the earlier versions stay.
 *
 * @param replaces the version this one replaces ({@code 0}: the first version)
 */
public record CaseNote(long id, CaseReference caseReference, String text, List<Long> evidence, String author,
        Instant writtenAt, long replaces) {
    public CaseNote {
        Objects.requireNonNull(caseReference, "caseReference");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(writtenAt, "writtenAt");
        evidence = List.copyOf(evidence);
    }

    public CaseNote withId(long newId) {
        return new CaseNote(newId, caseReference, text, evidence, author, writtenAt, replaces);
    }
}
