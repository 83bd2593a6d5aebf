package org.trustcase.app.ui.cases;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.TaskExecutor;
import org.trustcase.model.caselist.SavedView;
import org.trustcase.model.caselist.SavedViewService;
import org.trustcase.model.common.TrustcaseException;

/** The saved views of the person signed in: read in the background, saved under a name, deleted. */
public final class SavedViewsViewModel {
    private final SavedViewService views;
    private final TaskExecutor executor;
    private final Messages messages;
    private final ObservableList<SavedView> list = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");

    public SavedViewsViewModel(SavedViewService views, TaskExecutor executor, Messages messages) {
        this.views = Objects.requireNonNull(views, "views");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    public ObservableList<SavedView> views() {
        return list;
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public void load() {
        executor.create(views::list).onSuccess(list::setAll)
                .onError(TrustcaseException.class, failure -> notice.set(messages.describe(failure))).start();
    }

    /** A view saved, and the person's views as they stand after it. */
    private record Saved(SavedView view, List<SavedView> all) {
    }

    /** Saves the filters under the name; {@code saved} is told the view as stored, once the list is read again. */
    public void save(String name, Map<String, String> filters, Consumer<SavedView> saved) {
        notice.set("");
        executor.create(() -> {
            SavedView view = views.save(name, filters);
            return new Saved(view, views.list());
        }).onSuccess(result -> {
            list.setAll(result.all());
            notice.set(messages.format("cases.views.saved", result.view().name()));
            saved.accept(result.all().stream().filter(v -> v.name().equals(result.view().name())).findFirst()
                    .orElse(result.view()));
        }).onError(TrustcaseException.class, failure -> notice.set(messages.describe(failure))).start();
    }

    public void delete(SavedView view) {
        notice.set("");
        executor.create(() -> {
            views.delete(view.name());
            return views.list();
        }).onSuccess(all -> {
            list.setAll(all);
            notice.set(messages.format("cases.views.deleted", view.name()));
        }).onError(TrustcaseException.class, failure -> notice.set(messages.describe(failure))).start();
    }
}
