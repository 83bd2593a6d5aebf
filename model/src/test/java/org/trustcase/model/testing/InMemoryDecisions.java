package org.trustcase.model.testing;

import java.util.ArrayList;
import java.util.List;
import org.trustcase.model.assessment.DecisionRepository;
import org.trustcase.model.assessment.NotificationDecision;
import org.trustcase.model.cases.CaseReference;

/** Decision versions in a list. */
public final class InMemoryDecisions implements DecisionRepository {
    private final List<NotificationDecision> decisions = new ArrayList<>();

    @Override
    public NotificationDecision insert(NotificationDecision decision) {
        decisions.add(decision);
        return decision;
    }

    @Override
    public void signOff(CaseReference reference, int version, NotificationDecision.SignOff signOff) {
        decisions.replaceAll(d -> d.caseReference().equals(reference) && d.version() == version
                ? d.withSignOff(signOff) : d);
    }

    @Override
    public List<NotificationDecision> list(CaseReference reference) {
        return decisions.stream().filter(d -> d.caseReference().equals(reference)).toList();
    }

    @Override
    public long count() {
        return decisions.size();
    }
}
