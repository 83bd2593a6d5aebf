package org.trustcase.model.casework;

import org.trustcase.model.cases.CaseReference;

/**
 * Port: what a case starts with besides its details, recorded in the transaction that opens it (the organisation's
 * sector facts as its regime flags). Auditing what it records is its own duty.
 */
@FunctionalInterface
public interface NewCaseFacts {
    NewCaseFacts NONE = reference -> { };

    void opened(CaseReference reference);
}
