package org.trustcase.model.caselist;

import java.util.List;

/** Port: the saved views of the cases table, each person's own. */
public interface SavedViewRepository {
    /** The person's views, by name. */
    List<SavedView> list(String owner);

    /** Stores the view, replacing the person's view of the same name. */
    void save(SavedView view);

    /** Removes the person's view of that name; whether there was one. */
    boolean delete(String owner, String name);
}
