package org.trustcase.model.notifications;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.trustcase.model.cases.CaseReference;

/**
 * A notification made outside Trustcase and recorded here: to whom, which phase (for the authority), when it was
 * sent and how, the recipient's reference number, the reason for a delay, and the text as sent (its proof).
 *
 * @param recipientName the authority, police unit, bank… by name ({@code null} when the target says enough)
 * @param phase         the phase, for the authority; {@code null} for other targets
 * @param content       the text as it was sent, when Trustcase made it ({@code null} otherwise)
 * @param rulesMet      the clocks this notification met, by rule id
 */
public record SentNotification(long id, CaseReference caseReference, NotificationTarget target, String recipientName,
        NotificationPhase phase, Instant sentAt, String channel, String reference, String delayReason,
        String content, String note, List<String> rulesMet, String recordedBy, Instant recordedAt) {
    public SentNotification {
        Objects.requireNonNull(caseReference, "caseReference");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(sentAt, "sentAt");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
        rulesMet = List.copyOf(rulesMet);
    }

    public SentNotification withId(long newId) {
        return new SentNotification(newId, caseReference, target, recipientName, phase, sentAt, channel, reference,
                delayReason, content, note, rulesMet, recordedBy, recordedAt);
    }
}
