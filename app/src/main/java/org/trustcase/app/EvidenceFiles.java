package org.trustcase.app;

import java.nio.file.Path;
import org.trustcase.model.evidence.EvidenceBundle;

/**
 * The files around a workspace's evidence that the screens and commands handle, made by the composition root: bundles
 * written and read, and the vault's stored file for a preview. The use cases decide what may be done with them.
 */
public interface EvidenceFiles {
    /** Begins a bundle that will be {@code out} (nothing is there until it is finished). */
    EvidenceBundle.Writer bundleTo(Path out);

    /** Opens a bundle, its structure and manifest checked. */
    EvidenceBundle.Reader bundleFrom(Path bundle);

    /**
     * The stored file of {@code sha256}, read-only, for a preview: only after
     * {@link org.trustcase.model.evidence.EvidenceService#view} has checked it and recorded the view.
     */
    Path stored(String sha256);
}
