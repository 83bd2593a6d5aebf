package org.trustcase.model.workflow;

/** What a transition means for the case, which decides the guards that apply. */
public enum TransitionKind {
    /** A step forward in the investigation. */
    ADVANCE,
    /** Closing a case whose breach was handled. */
    CLOSE,
    /** Closing a case because it turned out not to be a personal-data breach (needs a rationale). */
    DISMISS,
    /** Opening a closed case again (needs a reason). */
    REOPEN,
    /** A step back in the investigation, when new facts undo an earlier step (needs a reason). */
    BACK
}
