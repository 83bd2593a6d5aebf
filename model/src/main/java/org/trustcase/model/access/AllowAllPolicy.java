package org.trustcase.model.access;

import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.common.Actor;

/** Allows every use case to everyone: the policy while every user is a DPO and no accounts or roles exist. */
public final class AllowAllPolicy implements Policy {

    @Override
    public Decision check(Actor actor, UseCase useCase, CaseReference caseReference) {
        return Decision.allow();
    }
}
