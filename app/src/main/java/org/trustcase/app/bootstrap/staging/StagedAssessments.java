package org.trustcase.app.bootstrap.staging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.trustcase.model.assessment.Assessment;
import org.trustcase.model.assessment.AssessmentRepository;
import org.trustcase.model.cases.CaseReference;

/** The assessment versions of a staged batch, in memory, oldest first per case. */
final class StagedAssessments implements AssessmentRepository {
    private final Map<CaseReference, List<Assessment>> versions = new HashMap<>();

    @Override
    public Assessment insert(Assessment assessment) {
        versions.computeIfAbsent(assessment.caseReference(), k -> new ArrayList<>()).add(assessment);
        return assessment;
    }

    @Override
    public List<Assessment> list(CaseReference reference) {
        return List.copyOf(versions.getOrDefault(reference, List.of()));
    }

    @Override
    public long count() {
        return versions.values().stream().mapToLong(List::size).sum();
    }

    void clear() {
        versions.clear();
    }
}
