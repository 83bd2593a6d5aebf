package org.trustcase.model.assessment;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trustcase.model.cases.CaseReference;

/** Port: the assessment versions of cases. Used inside a transaction. */
public interface AssessmentRepository {

    /** Stores a new version; versions are numbered 1, 2, … per case by the caller. */
    Assessment insert(Assessment assessment);

    /** Every version of the case, oldest first. */
    List<Assessment> list(CaseReference reference);

    /** How many assessment versions the workspace holds, of all cases. */
    long count();

    /** The latest version of each case that has one (for screens that show many cases at once). */
    default Map<CaseReference, Assessment> latest(Collection<CaseReference> references) {
        Map<CaseReference, Assessment> latest = new HashMap<>();
        references.forEach(r -> latest(r).ifPresent(a -> latest.put(r, a)));
        return latest;
    }

    default Optional<Assessment> latest(CaseReference reference) {
        List<Assessment> all = list(reference);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }
}
