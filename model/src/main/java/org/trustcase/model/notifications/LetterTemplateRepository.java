package org.trustcase.model.notifications;

import java.util.List;
import java.util.Optional;

/** Port: the workspace's letter templates, one per name and language. */
public interface LetterTemplateRepository {
    /** Every template, by name and then language. */
    List<LetterTemplate> all();

    Optional<LetterTemplate> find(String name, String language);

    /** Stores the template, replacing the one of its name and language. */
    void put(LetterTemplate template);
}
