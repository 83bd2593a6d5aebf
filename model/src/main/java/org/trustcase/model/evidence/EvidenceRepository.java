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

    /** Stores a new annotation and returns it with its id. */
    Annotation annotate(Annotation annotation);

    /** The item's annotations, oldest first. */
    List<Annotation> annotations(long itemId);
}
