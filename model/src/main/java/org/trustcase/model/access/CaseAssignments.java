package org.trustcase.model.access;

import org.trustcase.model.cases.CaseReference;

/** Port: which legal reviewers are assigned to which cases (read by the policy in a read transaction of its own). */
public interface CaseAssignments {
    /** True when the user with {@code actorId} is assigned to the case. */
    boolean isAssigned(CaseReference caseReference, String actorId);
}
