package org.trustcase.model.common;

/** What a person does in Trustcase; the access policy decides from it what they may do. */
public enum Role implements Coded {
    /** Runs the cases: intake, assessment, decisions, deadlines, notifications, closing. */
    DPO,
    /** Reads the cases assigned to them, annotates evidence, signs off decisions and letters. */
    LEGAL_REVIEWER,
    /** Reads and prints; never edits. */
    MANAGER;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
