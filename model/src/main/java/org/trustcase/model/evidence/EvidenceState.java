package org.trustcase.model.evidence;

import org.trustcase.model.common.Coded;

/** Whether an item's stored file still is what was collected. Codes are stored. */
public enum EvidenceState implements Coded {
    /** The file matched its hash when last verified (or was just imported). */
    INTACT,
    /** The stored file no longer has the hash it was collected with: it was changed. Blocks export. */
    ALTERED,
    /** The stored file is gone. Blocks export. */
    MISSING,
    /** Disposed of on purpose: the file is gone and the item's row is a tombstone with the hash. */
    DISPOSED;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
