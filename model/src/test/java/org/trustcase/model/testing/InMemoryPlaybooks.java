package org.trustcase.model.testing;

import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.trustcase.model.tasks.Playbook;
import org.trustcase.model.tasks.PlaybookRepository;

/** The workspace's playbooks in memory. */
public final class InMemoryPlaybooks implements PlaybookRepository {
    private final TreeMap<String, Playbook> stored = new TreeMap<>();

    @Override
    public List<Playbook> all() {
        return List.copyOf(stored.values());
    }

    @Override
    public Optional<Playbook> find(String name) {
        return Optional.ofNullable(stored.get(name));
    }

    @Override
    public void put(Playbook playbook) {
        stored.put(playbook.name(), playbook);
    }

    public List<Object> state() {
        return List.copyOf(stored.values());
    }
}
