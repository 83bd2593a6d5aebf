package org.trustcase.app.bootstrap;

import org.trustcase.app.bootstrap.staging.StagedBatch;
import org.trustcase.model.assessment.AssessmentRepository;
import org.trustcase.model.assessment.DecisionRepository;
import org.trustcase.model.audit.AuditLog;
import org.trustcase.model.caseclocks.CaseClockRepository;
import org.trustcase.model.caseclocks.ClockIndex;
import org.trustcase.model.cases.CaseRepository;
import org.trustcase.model.common.TransactionHooks;
import org.trustcase.model.common.TransactionRunner;
import org.trustcase.persistence.Workspace;

/** What the use cases write to and read from: a workspace's repositories, or a generator's staged batch. */
record Ports(CaseRepository cases, CaseClockRepository caseClocks, AssessmentRepository assessments,
        DecisionRepository decisions, ClockIndex clockIndex, AuditLog auditLog, TransactionRunner transactions,
        TransactionHooks hooks, org.trustcase.model.organisation.OrganisationRepository organisation,
        org.trustcase.model.tasks.TaskRepository tasks) {
    /** Generated cases are made without tasks: a staged batch has none to keep a case open. */
    private static org.trustcase.model.tasks.TaskRepository noTasks() {
        return new org.trustcase.model.tasks.TaskRepository() {
            @Override
            public long add(org.trustcase.model.tasks.CaseTask task) {
                throw new UnsupportedOperationException("a staged batch has no tasks");
            }

            @Override
            public java.util.Optional<org.trustcase.model.tasks.CaseTask> find(long id) {
                return java.util.Optional.empty();
            }

            @Override
            public java.util.List<org.trustcase.model.tasks.CaseTask> list(
                    org.trustcase.model.cases.CaseReference caseReference) {
                return java.util.List.of();
            }

            @Override
            public void update(org.trustcase.model.tasks.CaseTask task) {
                throw new UnsupportedOperationException("a staged batch has no tasks");
            }

            @Override
            public long pending(org.trustcase.model.cases.CaseReference caseReference) {
                return 0;
            }

            @Override
            public int nextPosition(org.trustcase.model.cases.CaseReference caseReference) {
                return 1;
            }
        };
    }

    /** Generated cases start without the organisation's sector facts: a staged batch has no profile. */
    private static org.trustcase.model.organisation.OrganisationRepository noProfile() {
        return new org.trustcase.model.organisation.OrganisationRepository() {
                @Override
                public java.util.Optional<org.trustcase.model.organisation.OrganisationProfile> load() {
                    return java.util.Optional.empty();
                }

                @Override
                public void save(org.trustcase.model.organisation.OrganisationProfile profile) {
                    throw new UnsupportedOperationException("a staged batch has no organisation profile");
                }
            };
    }

    static Ports of(Workspace workspace) {
        return new Ports(workspace.cases(), workspace.caseClocks(), workspace.assessments(), workspace.decisions(),
                workspace.clockIndex(), workspace.auditLog(), workspace.transactions(), workspace.transactionHooks(),
                workspace.organisation(), workspace.tasks());
    }

    static Ports of(StagedBatch batch) {
        return new Ports(batch.cases(), batch.caseClocks(), batch.assessments(), batch.decisions(),
                batch.clockIndex(), batch.auditLog(), batch.transactions(), batch.transactionHooks(), noProfile(),
                noTasks());
    }
}
