package org.trustcase.app;

import java.util.Objects;
import org.trustcase.model.notifications.LetterService;
import org.trustcase.model.notifications.NotificationService;
import org.trustcase.model.notifications.RecipientService;
import org.trustcase.model.organisation.OrganisationService;

/** The use cases of telling people: who the organisation is, the authority's notification, recipients and letters. */
public record NotificationUseCases(OrganisationService organisation, NotificationService notifications,
        RecipientService recipients, LetterService letters) {
    public NotificationUseCases {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(notifications, "notifications");
        Objects.requireNonNull(recipients, "recipients");
        Objects.requireNonNull(letters, "letters");
    }
}
