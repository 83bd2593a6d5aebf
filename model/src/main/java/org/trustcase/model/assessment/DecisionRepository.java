package org.trustcase.model.assessment;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trustcase.model.cases.CaseReference;

/** Port: the notification decision versions of cases. Used inside a transaction. */
public interface DecisionRepository {

    NotificationDecision insert(NotificationDecision decision);

    /** Records the sign-off of an existing version. */
    void signOff(CaseReference reference, int version, NotificationDecision.SignOff signOff);

    /** Every version, oldest first. */
    List<NotificationDecision> list(CaseReference reference);

    /** How many decision versions the workspace holds, of all cases. */
    long count();

    /** The latest version of each case that has one (for screens that show many cases at once). */
    default Map<CaseReference, NotificationDecision> latest(Collection<CaseReference> references) {
        Map<CaseReference, NotificationDecision> latest = new HashMap<>();
        references.forEach(r -> latest(r).ifPresent(d -> latest.put(r, d)));
        return latest;
    }

    default Optional<NotificationDecision> latest(CaseReference reference) {
        List<NotificationDecision> all = list(reference);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }
}
