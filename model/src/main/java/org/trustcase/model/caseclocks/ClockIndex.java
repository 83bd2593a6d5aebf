package org.trustcase.model.caseclocks;

import java.util.List;
import java.util.Optional;
import org.trustcase.model.cases.CaseReference;

/**
 * Port: the deadline index, written by {@link ClockIndexer} and read through {@link DeadlineQueries}.
 * It holds, per open case, the clocks still to be met as last computed from the recorded facts.
 * Used inside a transaction.
 */
public interface ClockIndex {

    /** Replaces what is indexed for the case; an empty list removes it (a closed case, no clock). */
    void replace(CaseReference reference, List<IndexedClock> clocks);

    /** Replaces what is indexed for many cases at once (a rebuild). */
    void replaceAll(java.util.Map<Long, List<IndexedClock>> clocksByCaseId);

    /** Empties the index. */
    void clear();

    /** The fingerprint of the rules the index was built with; empty for an index never built. */
    Optional<String> rulesFingerprint();

    void rulesFingerprint(String fingerprint);
}
