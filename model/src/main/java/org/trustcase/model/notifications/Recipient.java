package org.trustcase.model.notifications;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.trustcase.model.cases.CaseReference;

/**
 * A data subject to be told of a breach: how to reach them (an e-mail address, a postal address, or both), the
 * language of their letter, the file's other columns (kept as merge fields for letters), and where their
 * communication stands.
 *
 * @param line     the line of the file the recipient was imported from
 * @param statusAt when the status was reached ({@code null} while pending)
 * @param channel  how they were told ({@code null} while pending)
 */
public record Recipient(long id, CaseReference caseReference, long line, String name, String email,
        String address, String language, Map<String, String> fields, RecipientStatus status, Instant statusAt,
        String channel) {
    public Recipient {
        Objects.requireNonNull(caseReference, "caseReference");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(status, "status");
        // in the file's column order, for letters and lists
        fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    }

    public Recipient withId(long newId) {
        return new Recipient(newId, caseReference, line, name, email, address, language, fields, status, statusAt,
                channel);
    }
}
