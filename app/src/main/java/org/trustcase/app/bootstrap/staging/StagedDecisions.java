package org.trustcase.app.bootstrap.staging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.trustcase.model.assessment.DecisionRepository;
import org.trustcase.model.assessment.NotificationDecision;
import org.trustcase.model.cases.CaseReference;

/** The notification decision versions of a staged batch, in memory, oldest first per case. */
final class StagedDecisions implements DecisionRepository {
    private final Map<CaseReference, List<NotificationDecision>> versions = new HashMap<>();

    @Override
    public NotificationDecision insert(NotificationDecision decision) {
        versions.computeIfAbsent(decision.caseReference(), k -> new ArrayList<>()).add(decision);
        return decision;
    }

    /** As the database does: only an existing version not yet signed off can be signed off. */
    @Override
    public void signOff(CaseReference reference, int version, NotificationDecision.SignOff signOff) {
        List<NotificationDecision> ofCase = versions.getOrDefault(reference, List.of());
        for (int i = 0; i < ofCase.size(); i++) {
            NotificationDecision d = ofCase.get(i);
            if (d.version() == version && d.signOff() == null) {
                ofCase.set(i, d.withSignOff(signOff));
                return;
            }
        }
        throw new IllegalStateException("decision v" + version + " of " + reference
                + " is missing or already signed off");
    }

    @Override
    public List<NotificationDecision> list(CaseReference reference) {
        return List.copyOf(versions.getOrDefault(reference, List.of()));
    }

    void clear() {
        versions.clear();
    }

    @Override
    public long count() {
        return versions.values().stream().mapToLong(List::size).sum();
    }
}
