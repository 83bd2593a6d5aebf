package org.trustcase.model.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.tasks.CaseNote;
import org.trustcase.model.tasks.NoteRepository;

/** The cases' notes in memory, every version kept. */
public final class InMemoryNotes implements NoteRepository {
    private final List<CaseNote> stored = new ArrayList<>();

    @Override
    public long add(CaseNote note) {
        stored.add(note.withId(stored.size() + 1L));
        return stored.size();
    }

    @Override
    public Optional<CaseNote> find(long id) {
        return stored.stream().filter(n -> n.id() == id).findFirst();
    }

    @Override
    public boolean replaced(long id) {
        return stored.stream().anyMatch(n -> n.replaces() == id);
    }

    @Override
    public List<CaseNote> current(CaseReference caseReference) {
        return stored.stream().filter(n -> n.caseReference().equals(caseReference) && !replaced(n.id())).toList();
    }

    public List<Object> state() {
        return List.copyOf(stored);
    }
}
