package org.trustcase.model.testing;

import java.util.ArrayList;
import java.util.List;
import org.trustcase.model.assessment.Assessment;
import org.trustcase.model.assessment.AssessmentRepository;
import org.trustcase.model.cases.CaseReference;

/** Assessment versions in a list. */
public final class InMemoryAssessments implements AssessmentRepository {
    private final List<Assessment> assessments = new ArrayList<>();

    @Override
    public Assessment insert(Assessment assessment) {
        assessments.add(assessment);
        return assessment;
    }

    @Override
    public List<Assessment> list(CaseReference reference) {
        return assessments.stream().filter(a -> a.caseReference().equals(reference)).toList();
    }

    @Override
    public long count() {
        return assessments.size();
    }
}
