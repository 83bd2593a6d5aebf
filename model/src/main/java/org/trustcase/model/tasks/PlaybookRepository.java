package org.trustcase.model.tasks;

import java.util.List;
import java.util.Optional;

/** Port: the workspace's playbooks. */
public interface PlaybookRepository {
    /** Every playbook, by name. */
    List<Playbook> all();

    Optional<Playbook> find(String name);

    /** Stores the playbook, replacing the one of its name. */
    void put(Playbook playbook);
}
