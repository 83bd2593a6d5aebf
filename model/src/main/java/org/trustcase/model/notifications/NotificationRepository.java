package org.trustcase.model.notifications;

import java.util.List;
import java.util.Optional;
import org.trustcase.model.cases.CaseReference;

/** Port: the authority drafts and the notifications recorded as sent, kept inside the use cases' transactions. */
public interface NotificationRepository {
    Optional<AuthorityDraft> draft(CaseReference caseReference);

    void putDraft(CaseReference caseReference, AuthorityDraft draft);

    /** Stores the notification; returns its id. Notifications are never changed or removed. */
    long add(SentNotification notification);

    /** The case's notifications in the order they were recorded. */
    List<SentNotification> list(CaseReference caseReference);

    /** The notifications of many cases at once, by reference, each case's in the order recorded (for reports). */
    default java.util.Map<CaseReference, List<SentNotification>> list(java.util.Collection<CaseReference> references) {
        java.util.Map<CaseReference, List<SentNotification>> all = new java.util.HashMap<>();
        references.forEach(r -> all.put(r, list(r)));
        return all;
    }

    /** The authority drafts of many cases at once, by reference (cases without one are absent). */
    default java.util.Map<CaseReference, AuthorityDraft> drafts(java.util.Collection<CaseReference> references) {
        java.util.Map<CaseReference, AuthorityDraft> all = new java.util.HashMap<>();
        references.forEach(r -> draft(r).ifPresent(d -> all.put(r, d)));
        return all;
    }
}
