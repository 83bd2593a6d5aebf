package org.trustcase.model.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.trustcase.model.caselist.SavedView;
import org.trustcase.model.caselist.SavedViewRepository;

/** The saved views in memory. */
public final class InMemorySavedViews implements SavedViewRepository {
    private final List<SavedView> stored = new ArrayList<>();

    @Override
    public List<SavedView> list(String owner) {
        return stored.stream().filter(v -> v.owner().equals(owner)).sorted(Comparator.comparing(SavedView::name))
                .toList();
    }

    @Override
    public void save(SavedView view) {
        delete(view.owner(), view.name());
        stored.add(view);
    }

    @Override
    public boolean delete(String owner, String name) {
        return stored.removeIf(v -> v.owner().equals(owner) && v.name().equals(name));
    }

    public List<Object> state() {
        return List.copyOf(stored);
    }
}
