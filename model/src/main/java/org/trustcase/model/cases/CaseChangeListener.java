package org.trustcase.model.cases;

/**
 * Told, inside the transaction of a change, that a case was created or changed (its details, its
 * status, or facts kept beside it), so that what is derived from the case follows in the same
 * transaction. The deadline index is one such listener.
 */
@FunctionalInterface
public interface CaseChangeListener {
    CaseChangeListener NONE = reference -> { };

    void changed(CaseReference reference);
}
