package org.trustcase.model.tasks;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A template of a case's tasks for a kind of breach (ransomware, a lost device…), stored in the workspace: applying
 * it to a case adds its tasks in order. A task may be linked to a legal clock, as a task added by hand may.
 *
 * @param name      its stable name ({@code ransomware}), lower case, digits and hyphens
 * @param updatedBy who saved it last ({@code null} for the playbooks a workspace starts with)
 */
public record Playbook(String name, String title, String description, List<Step> steps, String updatedBy,
        Instant updatedAt) {
    public Playbook {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        steps = List.copyOf(steps);
    }

    /** One task the playbook adds: its group, title, description and clock rule (each but the title may be null). */
    public record Step(String group, String title, String description, String clockRule) {
        public Step {
            Objects.requireNonNull(title, "title");
        }
    }

    public Playbook savedBy(String who, Instant at) {
        return new Playbook(name, title, description, steps, who, at);
    }
}
