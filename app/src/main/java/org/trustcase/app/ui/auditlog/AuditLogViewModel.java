package org.trustcase.app.ui.auditlog;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.trustcase.app.export.TrailExportFile;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.TaskExecutor;
import org.trustcase.app.ui.support.TimeText;
import org.trustcase.model.audit.AuditAction;
import org.trustcase.model.audit.AuditEvent;
import org.trustcase.model.audit.AuditQuery;
import org.trustcase.model.auditing.AuditService;
import org.trustcase.model.common.TrustcaseException;

/**
 * The workspace's audit log: the events, newest first, filtered by who, what, which case and when, read a page at a
 * time (a large workspace holds millions); and the whole trail exported for someone else to verify.
 */
public final class AuditLogViewModel {
    /** Events read at a time. */
    public static final int PAGE = 200;

    private final AuditService audit;
    private final TaskExecutor tasks;
    private final Messages messages;
    private final ZoneId zone;
    private final StringProperty actor = new SimpleStringProperty("");
    private final ObjectProperty<AuditAction> action = new SimpleObjectProperty<>();
    private final StringProperty caseReference = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObservableList<AuditEvent> events = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper more = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    /** The query the rows were read with; a later page reads on with it. */
    private AuditQuery shown = AuditQuery.ALL;
    /** Counts searches, so that an answer to an older one is dropped. */
    private long generation;

    public AuditLogViewModel(AuditService audit, TaskExecutor tasks, Messages messages, TimeText time) {
        this.audit = Objects.requireNonNull(audit, "audit");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.zone = time.zone();
    }

    public StringProperty actorProperty() {
        return actor;
    }

    public ObjectProperty<AuditAction> actionProperty() {
        return action;
    }

    public StringProperty caseReferenceProperty() {
        return caseReference;
    }

    /** The first day shown, in the user's zone; {@code null} for no start. */
    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    /** The last day shown (whole), in the user's zone; {@code null} for no end. */
    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** The events read so far, newest first. */
    public ObservableList<AuditEvent> events() {
        return events;
    }

    /** True when older events match too: {@link #more()} reads them. */
    public ReadOnlyBooleanProperty moreProperty() {
        return more.getReadOnlyProperty();
    }

    /** What the last search, export or problem says (a count, where the export went, what is wrong). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Reads the first page for the filters as they are now. */
    public void search() {
        AuditQuery query;
        try {
            query = query();
        } catch (IllegalArgumentException e) {
            message.set(messages.get("auditlog.period-reversed"));
            return;
        }
        shown = query;
        events.clear();
        read(Long.MAX_VALUE, ++generation);
    }

    /** Empties every filter and reads again. */
    public void clear() {
        actor.set("");
        action.set(null);
        caseReference.set("");
        from.set(null);
        to.set(null);
        search();
    }

    /** Reads the next, older page. */
    public void more() {
        if (!more.get() || events.isEmpty()) {
            return;
        }
        read(events.get(events.size() - 1).sequence(), generation);
    }

    /** Exports the whole trail (with a checkpoint signed first) into the new file {@code out}. */
    public void export(Path out) {
        tasks.create(() -> TrailExportFile.write(audit, out))
                .onSuccess(written -> message.set(messages.format("auditlog.exported", written.events(), out)))
                .onError(java.nio.file.FileAlreadyExistsException.class,
                        e -> message.set(messages.format("auditlog.export-exists", out)))
                .onError(java.io.IOException.class, e -> message.set(messages.format("auditlog.export-failed", out,
                        String.valueOf(e.getMessage()))))
                .start();
    }

    private void read(long beforeSeq, long asked) {
        AuditQuery query = shown;
        tasks.create(() -> audit.search(query, beforeSeq, PAGE + 1)).onSuccess(page -> {
            if (asked != generation) {
                return;
            }
            List<AuditEvent> rows = page.size() > PAGE ? page.subList(0, PAGE) : page;
            events.addAll(rows);
            more.set(page.size() > PAGE);
            message.set(messages.format(more.get() ? "auditlog.count.more" : "auditlog.count", events.size()));
        }).onError(TrustcaseException.class, e -> message.set(messages.describe(e))).start();
    }

    private AuditQuery query() {
        return new AuditQuery(actor.get(), action.get(), caseReference.get() == null ? null
                : caseReference.get().strip().toUpperCase(java.util.Locale.ROOT),
                from.get() == null ? null : from.get().atStartOfDay(zone).toInstant(),
                to.get() == null ? null : to.get().plusDays(1).atStartOfDay(zone).toInstant());
    }
}
