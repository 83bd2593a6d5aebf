package org.trustcase.model.testing;

import org.trustcase.model.access.AccessControl;
import org.trustcase.model.access.AllowAllPolicy;
import org.trustcase.model.access.Policy;
import org.trustcase.model.audit.AuditTrail;
import org.trustcase.model.common.Actor;

/** Access checks for use-case tests. */
public final class Access {
    private Access() {
    }

    /** Everyone may do everything, as in the app today. */
    public static AccessControl allowAll(AuditTrail trail, DirectTransactions transactions) {
        return of(new AllowAllPolicy(), trail, transactions);
    }

    public static AccessControl of(Policy policy, AuditTrail trail, DirectTransactions transactions) {
        return new AccessControl(policy, () -> new Actor("dpo"), trail, transactions, transactions);
    }
}
