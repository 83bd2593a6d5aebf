package org.trustcase.model.assessment;

import java.util.List;
import java.util.Optional;
import org.trustcase.model.cases.CaseReference;

/** Port: the notification decision versions of cases. Used inside a transaction. */
public interface DecisionRepository {

    NotificationDecision insert(NotificationDecision decision);

    /** Records the sign-off of an existing version. */
    void signOff(CaseReference reference, int version, NotificationDecision.SignOff signOff);

    /** Every version, oldest first. */
    List<NotificationDecision> list(CaseReference reference);

    default Optional<NotificationDecision> latest(CaseReference reference) {
        List<NotificationDecision> all = list(reference);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }
}
