package org.trustcase.model.evidence;

/** An import stopped by the person who started it; nothing was kept. */
public final class EvidenceImportCancelled extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EvidenceImportCancelled() {
        super("the import was cancelled");
    }
}
