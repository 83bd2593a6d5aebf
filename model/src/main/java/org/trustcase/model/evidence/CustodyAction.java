package org.trustcase.model.evidence;

import org.trustcase.model.common.Coded;

/** What a custody event records. Codes are stored. */
public enum CustodyAction implements Coded {
    IMPORTED,
    /** The same file was added to the case again: the item it already is. */
    ADDED_AGAIN,
    VIEWED,
    EXPORTED,
    VERIFIED,
    /** Verification found the file changed or gone. */
    VERIFICATION_FAILED,
    TRANSFERRED,
    DISPOSED;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
