package org.trustcase.model.evidence;

import java.io.InputStream;
import java.util.Optional;
import java.util.Set;

/**
 * Port: where evidence files are kept, each once, under its SHA-256, read-only. Storing streams the content once
 * (hashing while copying, into a temporary file made durable and then moved into place), so that a file of any size
 * imports in constant memory and an interrupted import leaves no half-stored file under a hash.
 */
public interface EvidenceVault {
    /** What storing found: the content's hash and size, and the type its first bytes show. */
    record Stored(String sha256, long size, String mediaType) {
    }

    /** Called with the bytes copied so far; returning false stops the import (nothing is kept). */
    @FunctionalInterface
    interface Copied {
        boolean soFar(long bytes);
    }

    /**
     * Stores {@code content} (read to its end, not closed). {@code name} helps tell the type (a text file's
     * extension); the content decides.
     *
     * @throws java.io.UncheckedIOException when the content cannot be read or stored
     * @throws EvidenceImportCancelled when {@code copied} stopped it
     */
    Stored store(InputStream content, String name, Copied copied);

    /** The type the extension of {@code name} promises, or empty when it promises none. */
    Optional<String> typeOfName(String name);

    /** Reads the stored file again and gives its hash now; empty when it is gone. */
    Optional<String> hashNow(String sha256);

    /** Opens the stored file for reading. @throws java.io.UncheckedIOException when it is gone */
    InputStream open(String sha256);

    /** Whether the vault holds a file under this hash (without reading it). */
    boolean holds(String sha256);

    /** Removes the stored file (disposal); false when it was gone already. */
    boolean remove(String sha256);

    /** The hashes of every file the vault holds (to reconcile with the items). */
    Set<String> stored();

    /**
     * Removes what interrupted imports left behind (temporary files no import is writing any more); returns how many.
     */
    int removeLeftovers();
}
