package org.trustcase.model.caselist;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.trustcase.model.access.AccessControl;
import org.trustcase.model.access.UseCase;
import org.trustcase.model.common.Actor;
import org.trustcase.model.common.FieldError;
import org.trustcase.model.common.NotFoundException;
import org.trustcase.model.common.RuleViolationException;
import org.trustcase.model.common.TextFields;
import org.trustcase.model.common.TransactionRunner;
import org.trustcase.model.common.ValidationException;

/**
 * Each person's named views of the cases table. A view is a preference of its owner, not a fact of any case: it is not
 * audited, and everyone signed in keeps their own.
 */
public final class SavedViewService {
    public static final int MAX_NAME = 60;
    public static final int MAX_VALUE = 500;
    public static final int MAX_VIEWS = 50;
    /** The filters a view holds. */
    public static final Set<String> FILTERS = Set.of("text", "statuses", "overdue", "owner", "jurisdiction", "bands",
            "mentions");

    private final SavedViewRepository views;
    private final TransactionRunner transactions;
    private final AccessControl access;
    private final Clock clock;
    private final Supplier<Actor> actor;

    public SavedViewService(SavedViewRepository views, TransactionRunner transactions, AccessControl access,
            Clock clock, Supplier<Actor> actor) {
        this.views = Objects.requireNonNull(views, "views");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.access = Objects.requireNonNull(access, "access");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.actor = Objects.requireNonNull(actor, "actor");
    }

    /** The views of the person signed in, by name. */
    public List<SavedView> list() {
        access.require(UseCase.VIEW_LIST, null);
        return transactions.read(() -> views.list(actor.get().id()));
    }

    /** Saves the filters under the name, replacing the person's view of that name. */
    public SavedView save(String name, Map<String, String> filters) {
        access.require(UseCase.VIEW_SAVE, null);
        List<FieldError> errors = new ArrayList<>();
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            errors.add(new FieldError("name", "validation.required"));
        } else {
            TextFields.line(errors, "name", clean, MAX_NAME);
        }
        filters.forEach((key, value) -> {
            if (!FILTERS.contains(key)) {
                errors.add(new FieldError("filters." + key, "view.unknown-filter", key, String.join(", ",
                        new java.util.TreeSet<>(FILTERS))));
            } else {
                TextFields.line(errors, "filters." + key, value, MAX_VALUE);
            }
        });
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        String owner = actor.get().id();
        SavedView view = new SavedView(owner, clean, filters, clock.instant());
        return transactions.inTransaction(() -> {
            List<SavedView> mine = views.list(owner);
            if (mine.size() >= MAX_VIEWS && mine.stream().noneMatch(v -> v.name().equals(clean))) {
                throw new RuleViolationException("view.too-many", MAX_VIEWS);
            }
            views.save(view);
            return view;
        });
    }

    /** Removes the person's view of that name. */
    public void delete(String name) {
        access.require(UseCase.VIEW_DELETE, null);
        String owner = actor.get().id();
        transactions.inTransaction(() -> {
            if (!views.delete(owner, name == null ? "" : name.strip())) {
                throw new NotFoundException("view.not-found", name);
            }
            return null;
        });
    }
}
