package org.trustcase.model.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trustcase.model.evidence.EvidenceBundle;

/**
 * An evidence bundle in memory: written by one workspace's export, then read by another's import. Its files can be
 * changed in between ({@link #replaceFile}) to stand for a bundle tampered with on the way.
 */
public final class InMemoryBundle implements EvidenceBundle.Writer, EvidenceBundle.Reader {
    private final List<EvidenceBundle.Entry> entries = new ArrayList<>();
    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private EvidenceBundle.Header header;
    private boolean closed;

    @Override
    public void add(EvidenceBundle.Entry entry, InputStream content) {
        entries.add(entry);
        if (content != null) {
            try {
                files.put(entry.item().sha256(), content.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public EvidenceBundle.Written finish(EvidenceBundle.Header written) {
        this.header = written;
        return identity();
    }

    public boolean finished() {
        return header != null;
    }

    public boolean closed() {
        return closed;
    }

    public void replaceFile(String sha256, byte[] bytes) {
        files.put(sha256, bytes);
    }

    @Override
    public EvidenceBundle.Header header() {
        return header;
    }

    @Override
    public EvidenceBundle.Written identity() {
        return new EvidenceBundle.Written("bundle.zip", "ab".repeat(32));
    }

    @Override
    public List<EvidenceBundle.Entry> entries() {
        return List.copyOf(entries);
    }

    @Override
    public InputStream open(EvidenceBundle.Entry entry) {
        return new ByteArrayInputStream(files.get(entry.item().sha256()));
    }

    @Override
    public void close() {
        closed = true;
    }
}
