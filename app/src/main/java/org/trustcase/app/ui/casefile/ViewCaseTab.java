package org.trustcase.app.ui.casefile;

import java.util.Objects;
import org.trustcase.app.ui.support.Views;

/** A case tab whose content is a view loaded through the window's {@link Views}: its id, title key and order. */
public abstract class ViewCaseTab implements CaseTab {
    private final String id;
    private final String titleKey;
    private final int order;
    protected final Views views;

    protected ViewCaseTab(String id, String titleKey, int order, Views views) {
        this.id = Objects.requireNonNull(id, "id");
        this.titleKey = Objects.requireNonNull(titleKey, "titleKey");
        this.order = order;
        this.views = Objects.requireNonNull(views, "views");
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String titleKey() {
        return titleKey;
    }

    @Override
    public final int order() {
        return order;
    }
}
