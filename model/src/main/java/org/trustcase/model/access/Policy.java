package org.trustcase.model.access;

import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.common.Actor;

/**
 * Port: whether {@code actor} may perform {@code useCase}, on the case {@code caseReference} or,
 * when it is {@code null}, on no case in particular (lists, the workspace's audit trail). Asked
 * once at the start of every use case, before the use case's transaction: a policy that needs
 * stored facts (a case's assigned reviewers) reads them in a read-only transaction of its own, and
 * never writes.
 */
public interface Policy {
    Decision check(Actor actor, UseCase useCase, CaseReference caseReference);

    /**
     * The login whose assigned cases are all {@code actor} may see in a list, or {@code null} when the actor's lists
     * are not narrowed: a list's use case filters by it, so that a list never shows a case the actor may not read.
     */
    default String onlyCasesAssignedTo(Actor actor) {
        return null;
    }
}
