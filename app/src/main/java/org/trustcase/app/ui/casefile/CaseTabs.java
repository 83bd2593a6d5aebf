package org.trustcase.app.ui.casefile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The case tabs registered for the window, in their order. Built once, in the composition root. */
public final class CaseTabs {
    private final List<CaseTab> tabs;

    /** @throws IllegalArgumentException when two tabs share an id */
    public CaseTabs(List<? extends CaseTab> tabs) {
        List<CaseTab> sorted = new ArrayList<>(tabs);
        Set<String> ids = new HashSet<>();
        for (CaseTab tab : sorted) {
            Objects.requireNonNull(tab, "tab");
            if (!ids.add(Objects.requireNonNull(tab.id(), "id"))) {
                throw new IllegalArgumentException("two case tabs have the id " + tab.id());
            }
        }
        sorted.sort(Comparator.comparingInt(CaseTab::order));
        this.tabs = List.copyOf(sorted);
    }

    public static CaseTabs of(CaseTab... tabs) {
        return new CaseTabs(List.of(tabs));
    }

    /** The tabs by ascending order. */
    public List<CaseTab> all() {
        return tabs;
    }
}
