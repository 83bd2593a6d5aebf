package org.trustcase.model.tasks;

import java.util.List;
import java.util.Optional;
import org.trustcase.model.cases.CaseReference;

/** Port: the investigation notes of the cases, every version kept. */
public interface NoteRepository {
    /** Stores a note (a first version, or one replacing another); returns its id. */
    long add(CaseNote note);

    Optional<CaseNote> find(long id);

    /** Whether a later version replaces the note. */
    boolean replaced(long id);

    /** The case's notes as they stand (versions not replaced), oldest first. */
    List<CaseNote> current(CaseReference caseReference);
}
