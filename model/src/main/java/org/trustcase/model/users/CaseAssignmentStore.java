package org.trustcase.model.users;

import java.time.Instant;
import java.util.List;
import org.trustcase.model.access.CaseAssignments;
import org.trustcase.model.cases.CaseReference;

/** Port: which legal reviewers are assigned to which cases, kept inside the use cases' transactions. */
public interface CaseAssignmentStore extends CaseAssignments {
    /** Assigns; false when the reviewer was assigned already. */
    boolean assign(CaseReference caseReference, String login, Instant at);

    /** Ends an assignment; false when there was none. */
    boolean unassign(CaseReference caseReference, String login);

    /** The logins assigned to the case, in order. */
    List<String> assignedTo(CaseReference caseReference);
}
