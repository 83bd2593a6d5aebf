package org.trustcase.model.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.evidence.CustodyEvent;
import org.trustcase.model.evidence.EvidenceImportCancelled;
import org.trustcase.model.evidence.EvidenceItem;
import org.trustcase.model.evidence.EvidenceRepository;
import org.trustcase.model.evidence.EvidenceState;
import org.trustcase.model.evidence.EvidenceVault;

/** Evidence items, their custody and a vault of files, in memory; every file is {@code text/plain}. */
public final class InMemoryEvidence implements EvidenceRepository, EvidenceVault {
    private final Map<Long, EvidenceItem> items = new TreeMap<>();
    private final List<CustodyEvent> custody = new ArrayList<>();
    private final Map<String, byte[]> files = new TreeMap<>();
    private final List<org.trustcase.model.evidence.Annotation> annotations = new ArrayList<>();

    @Override
    public EvidenceItem insert(EvidenceItem item) {
        EvidenceItem stored = item.withId(items.size() + 1L);
        items.put(stored.id(), stored);
        return stored;
    }

    @Override
    public Optional<EvidenceItem> find(long id) {
        return Optional.ofNullable(items.get(id));
    }

    @Override
    public Optional<EvidenceItem> find(CaseReference caseReference, String sha256) {
        return items.values().stream().filter(i -> i.caseReference().equals(caseReference)
                && i.sha256().equals(sha256)).findFirst();
    }

    @Override
    public List<EvidenceItem> list(CaseReference caseReference) {
        return items.values().stream().filter(i -> i.caseReference().equals(caseReference)).toList();
    }

    @Override
    public List<EvidenceItem> all() {
        return List.copyOf(items.values());
    }

    @Override
    public int liveItemsWith(String sha256) {
        return (int) items.values().stream()
                .filter(item -> item.sha256().equals(sha256) && item.state() != EvidenceState.DISPOSED).count();
    }

    @Override
    public boolean holds(String sha256) {
        return files.containsKey(sha256);
    }

    @Override
    public void setState(long id, EvidenceState state) {
        items.put(id, items.get(id).withState(state));
    }

    @Override
    public CustodyEvent append(CustodyEvent event) {
        CustodyEvent stored = new CustodyEvent(event.itemId(), custody.size() + 1L, event.action(), event.actor(),
                event.at(), event.purpose(), event.recipient(), event.detail());
        custody.add(stored);
        return stored;
    }

    @Override
    public List<CustodyEvent> custody(long itemId) {
        return custody.stream().filter(e -> e.itemId() == itemId).toList();
    }

    @Override
    public Stored store(InputStream content, String name, Copied copied) {
        try {
            byte[] bytes = content.readAllBytes();
            if (!copied.soFar(bytes.length)) {
                throw new EvidenceImportCancelled();
            }
            String sha = sha256(bytes);
            files.putIfAbsent(sha, bytes);
            return new Stored(sha, bytes.length, "text/plain");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<String> typeOfName(String name) {
        return name.endsWith(".pdf") ? Optional.of("application/pdf") : Optional.empty();
    }

    @Override
    public Optional<String> hashNow(String sha256) {
        return Optional.ofNullable(files.get(sha256)).map(InMemoryEvidence::sha256);
    }

    @Override
    public InputStream open(String sha256) {
        return new ByteArrayInputStream(files.get(sha256));
    }

    @Override
    public boolean remove(String sha256) {
        return files.remove(sha256) != null;
    }

    @Override
    public Set<String> stored() {
        return Set.copyOf(files.keySet());
    }

    @Override
    public org.trustcase.model.evidence.Annotation annotate(org.trustcase.model.evidence.Annotation annotation) {
        org.trustcase.model.evidence.Annotation stored = annotation.withId(annotations.size() + 1L);
        annotations.add(stored);
        return stored;
    }

    @Override
    public List<org.trustcase.model.evidence.Annotation> annotations(long itemId) {
        return annotations.stream().filter(a -> a.itemId() == itemId && !replaced(a.id())).toList();
    }

    @Override
    public List<org.trustcase.model.evidence.Annotation> annotationVersions(long itemId) {
        return annotations.stream().filter(a -> a.itemId() == itemId).toList();
    }

    @Override
    public Optional<org.trustcase.model.evidence.Annotation> annotation(long annotationId) {
        return annotations.stream().filter(a -> a.id() == annotationId).findFirst();
    }

    @Override
    public boolean replaced(long annotationId) {
        return annotations.stream().anyMatch(a -> a.replaces() == annotationId);
    }

    @Override
    public List<org.trustcase.model.evidence.Annotation> caseAnnotations(CaseReference caseReference) {
        return annotations.stream().filter(a -> items.get(a.itemId()).caseReference().equals(caseReference)
                && !replaced(a.id())).sorted(java.util.Comparator.comparingLong(
                        org.trustcase.model.evidence.Annotation::itemId).thenComparingLong(
                                org.trustcase.model.evidence.Annotation::id)).toList();
    }

    @Override
    public int removeLeftovers() {
        return 0;
    }

    /** Changes a stored file behind the vault's back, as someone with the workspace's folder could. */
    public void overwrite(String sha256, byte[] bytes) {
        files.put(sha256, bytes);
    }

    /** Everything stored, to compare before and after. */
    public List<Object> state() {
        return List.of(new TreeMap<>(items), List.copyOf(custody), Set.copyOf(files.keySet()),
                List.copyOf(annotations));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
