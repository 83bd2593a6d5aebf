package org.trustcase.model.evidence;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.trustcase.model.cases.CaseReference;

/**
 * Port: a case's evidence as one file another workspace can take in: each item's record (a disposed item as its
 * tombstone), its chain of custody and its notes, and the files themselves under their hashes. Written by
 * {@link EvidenceService#exportBundle}, read by {@link EvidenceService#importBundle}.
 */
public final class EvidenceBundle {
    private EvidenceBundle() {
    }

    /** One item of a bundle: its record, its chain of custody up to the export, and its notes. */
    public record Entry(EvidenceItem item, List<CustodyEvent> custody, List<Annotation> annotations) {
        public Entry {
            Objects.requireNonNull(item, "item");
            custody = List.copyOf(custody);
            annotations = List.copyOf(annotations);
        }

        /** Whether the bundle carries the item's file (a disposed item's is gone). */
        public boolean hasFile() {
            return item.state() != EvidenceState.DISPOSED;
        }
    }

    /** What a bundle says of itself: the case it was written from, when and by whom. */
    public record Header(CaseReference caseReference, Instant exportedAt, String exportedBy) {
        public Header {
            Objects.requireNonNull(caseReference, "caseReference");
            Objects.requireNonNull(exportedAt, "exportedAt");
            Objects.requireNonNull(exportedBy, "exportedBy");
        }
    }

    /** The bundle written: its name (for the custody log) and the SHA-256 of the whole file. */
    public record Written(String name, String sha256) {
    }

    /** A bundle being written. Until {@link #finish} nothing is where the bundle is to be; closing discards it. */
    public interface Writer extends AutoCloseable {
        /** Adds an entry and, unless it is a tombstone ({@code content} null), its file read to its end. */
        void add(Entry entry, InputStream content);

        /** Writes the manifest and puts the bundle in place. */
        Written finish(Header header);

        /** Discards the bundle unless it was finished. */
        @Override
        void close();
    }

    /**
     * A bundle being read, its structure and manifest already checked (no path leaving the bundle, no link, no absurd
     * compression, every file the manifest names present and nothing else).
     */
    public interface Reader extends AutoCloseable {
        Header header();

        /** The bundle's name and the SHA-256 of the whole file, for the custody log. */
        Written identity();

        List<Entry> entries();

        /**
         * The entry's file, read no further than the size the manifest gives it.
         *
         * @throws org.trustcase.model.common.ValidationException when it holds more than that
         */
        InputStream open(Entry entry);

        @Override
        void close();
    }
}
