package org.trustcase.model.notifications;

import java.time.Instant;
import java.util.Objects;
import org.trustcase.model.cases.CaseReference;

/**
 * One generation of letters from a template: the recipients still pending when it was prepared belong to it, and
 * marking it sent marks them all. A public communication's batch has no recipients.
 *
 * @param sentAt when the letters went out ({@code null} until the batch is marked sent)
 */
public record LetterBatch(long id, CaseReference caseReference, String template, LetterKind kind, long recipients,
        String preparedBy, Instant preparedAt, Instant sentAt, String channel) {
    public LetterBatch {
        Objects.requireNonNull(caseReference, "caseReference");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(preparedBy, "preparedBy");
        Objects.requireNonNull(preparedAt, "preparedAt");
    }

    public boolean sent() {
        return sentAt != null;
    }

    public LetterBatch withId(long newId) {
        return new LetterBatch(newId, caseReference, template, kind, recipients, preparedBy, preparedAt, sentAt,
                channel);
    }
}
