package org.trustcase.model.evidence;

import java.util.List;
import java.util.Optional;
import org.trustcase.model.cases.CaseReference;

/** Port: the evidence items and their custody events, kept inside the use cases' transactions. */
public interface EvidenceRepository {
    /** Stores a new item and returns it with its id. */
    EvidenceItem insert(EvidenceItem item);

    Optional<EvidenceItem> find(long id);

    /** The item of the case with this hash, if the same file was added to the case before. */
    Optional<EvidenceItem> find(CaseReference caseReference, String sha256);

    /** The case's items, oldest first. */
    List<EvidenceItem> list(CaseReference caseReference);

    /** Every item of the workspace, by id. */
    List<EvidenceItem> all();

    void setState(long id, EvidenceState state);

    /** How many items (of any case) that are not disposed of keep their file under this hash. */
    int liveItemsWith(String sha256);

    /** Appends a custody event and returns it with its sequence number. */
    CustodyEvent append(CustodyEvent event);

    /** The item's custody events, in order. */
    List<CustodyEvent> custody(long itemId);

    /** Stores a new annotation (or a new version of one) and returns it with its id. */
    Annotation annotate(Annotation annotation);

    /** The item's notes in their current versions, oldest note first. */
    List<Annotation> annotations(long itemId);

    /** Every version of every note of the item, by id (a bundle carries them all). */
    List<Annotation> annotationVersions(long itemId);

    Optional<Annotation> annotation(long annotationId);

    /** Whether a later version replaces this one. */
    boolean replaced(long annotationId);

    /** The notes of every item of the case in their current versions, by item and then oldest first. */
    List<Annotation> caseAnnotations(CaseReference caseReference);
}
