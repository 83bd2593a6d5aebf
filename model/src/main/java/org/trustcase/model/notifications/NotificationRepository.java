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
}
