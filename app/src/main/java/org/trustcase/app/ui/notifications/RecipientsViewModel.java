package org.trustcase.app.ui.notifications;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.trustcase.app.csv.RecipientCsv;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.PagedRows;
import org.trustcase.app.ui.support.TaskExecutor;
import org.trustcase.model.access.AccessDeniedException;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.common.RuleViolationException;
import org.trustcase.model.common.ValidationException;
import org.trustcase.model.notifications.Recipient;
import org.trustcase.model.notifications.RecipientService;
import org.trustcase.model.notifications.RecipientStatus;
import org.trustcase.model.notifications.RowProblem;

/**
 * The recipient register of one case: its rows read a page at a time (a register of 100,000 stays quick), the counts
 * by status, a status filter, and imports from CSV. An import with refused rows shows them by line and column and
 * imports nothing until the user chooses to import the valid rows.
 */
public final class RecipientsViewModel {
    static final int PAGE = 500;

    private final RecipientService recipients;
    private final TaskExecutor tasks;
    private final Messages messages;
    private final CaseReference reference;
    private final PagedRows<Recipient> rows;
    private final ObjectProperty<RecipientStatus> filter = new SimpleObjectProperty<>(this, "filter");
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper(this, "counts", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ObservableList<RowProblem> problems = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Path> pendingFile = new ReadOnlyObjectWrapper<>(this, "pendingFile");
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(this, "working", false);
    private boolean requested;
    private final org.trustcase.app.ui.support.TimeText time;
    private final java.time.Clock clock;

    public RecipientsViewModel(RecipientService recipients, TaskExecutor tasks, Messages messages,
            org.trustcase.app.ui.support.TimeText time, java.time.Clock clock, CaseReference reference) {
        this.time = Objects.requireNonNull(time, "time");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.recipients = Objects.requireNonNull(recipients, "recipients");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.reference = Objects.requireNonNull(reference, "reference");
        this.rows = new PagedRows<>(tasks, PAGE);
        filter.addListener((observable, before, after) -> load());
    }

    public ObservableList<Recipient> rows() {
        return rows.rows();
    }

    /** Only the recipients in this status; null for all. */
    public ObjectProperty<RecipientStatus> filterProperty() {
        return filter;
    }

    /** How many recipients are in each status, as one line. */
    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /** How the last import went, or why it was refused. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** The refused rows of the file last checked (empty when it had none). */
    public ObservableList<RowProblem> problems() {
        return problems;
    }

    /** The file whose valid rows may still be imported (its refused rows are shown); null when there is none. */
    public ReadOnlyObjectProperty<Path> pendingFileProperty() {
        return pendingFile.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    /** The tab is shown: the first time, the register is read. */
    public void shown() {
        if (!requested) {
            load();
        }
    }

    /** Reads the first page (of the status chosen) and the counts. */
    public void load() {
        requested = true;
        RecipientStatus only = filter.get();
        rows.reload(new KeysetPages(only), generation -> readCounts());
    }

    /** Reads the next page when the user nears the end of what is shown. */
    public void readMore() {
        rows.readMore();
    }

    private void readCounts() {
        tasks.create(() -> recipients.counts(reference))
                .onSuccess(this::showCounts)
                .start();
    }

    private void showCounts(Map<RecipientStatus, Long> byStatus) {
        long total = byStatus.values().stream().mapToLong(Long::longValue).sum();
        StringBuilder line = new StringBuilder(messages.format("recipients.count", total));
        for (Map.Entry<RecipientStatus, Long> entry : byStatus.entrySet()) {
            line.append(" · ").append(messages.label(entry.getKey())).append(' ')
                    .append(messages.format("recipients.number", entry.getValue()));
        }
        counts.set(line.toString());
    }

    /**
     * Imports a file: the whole file, or, when rows are refused, nothing yet (the refused rows are listed and the
     * file kept for {@link #importValidRows}).
     */
    public void importFile(Path file) {
        run(file, false);
    }

    /** Imports the valid rows of the file whose refused rows are shown. */
    public void importValidRows() {
        Path file = pendingFile.get();
        if (file != null) {
            run(file, true);
        }
    }

    /** Forgets the file whose refused rows are shown. */
    public void dismissProblems() {
        problems.clear();
        pendingFile.set(null);
    }

    private void run(Path file, boolean validOnly) {
        if (working.get()) {
            return;
        }
        working.set(true);
        notice.set("");
        tasks.longJob(progress -> recipients.importRecipients(reference, RecipientCsv.open(file), validOnly))
                .onSuccess(result -> imported(file, result, validOnly))
                .onError(ValidationException.class, refused -> notice.set(messages.describe(refused)))
                .onError(RuleViolationException.class, refused -> notice.set(messages.describe(refused)))
                .onError(AccessDeniedException.class, refused -> notice.set(messages.describe(refused)))
                .andFinally(() -> working.set(false))
                .start();
    }

    private void imported(Path file, RecipientService.Imported result, boolean validOnly) {
        problems.setAll(result.rejected());
        boolean headerRefused = result.rejected().stream().anyMatch(problem -> problem.line() == 1);
        pendingFile.set(result.rejectedTotal() > 0 && !validOnly && !headerRefused ? file : null);
        if (result.rejectedTotal() > 0 && !validOnly) {
            notice.set(messages.format(headerRefused ? "recipients.import.header-refused"
                    : "recipients.import.refused", file.getFileName(), result.rejectedTotal()));
        } else {
            notice.set(messages.format("recipients.import.done", result.imported(), result.duplicates(),
                    result.rejectedTotal()));
            load();
        }
    }

    java.time.Instant now() {
        return clock.instant();
    }

    /** Sets the status of the recipients chosen (all or none), then reads the register again. */
    public void setStatus(List<Recipient> chosen, RecipientStatus status, String at, String channel) {
        java.util.Optional<java.time.Instant> when = time.parse(at);
        if (when.isEmpty()) {
            notice.set(messages.format("authority.record.at-invalid", at,
                    org.trustcase.app.ui.support.TimeText.INPUT_PATTERN));
            return;
        }
        if (chosen.isEmpty() || working.get()) {
            return;
        }
        List<Long> ids = chosen.stream().map(Recipient::id).toList();
        working.set(true);
        notice.set("");
        tasks.create(() -> recipients.setStatus(reference, ids, status, when.get(), channel))
                .onSuccess(changed -> {
                    notice.set(messages.format("recipients.set.done", changed, messages.label(status)));
                    load();
                })
                .onError(org.trustcase.model.common.TrustcaseException.class,
                        refused -> notice.set(messages.describe(refused)))
                .andFinally(() -> working.set(false))
                .start();
    }

    /** Pages by the last id read, so that a page deep in a large register costs what the first does. */
    private final class KeysetPages implements PagedRows.Pages<Recipient> {
        private final RecipientStatus only;
        private long lastId;

        KeysetPages(RecipientStatus only) {
            this.only = only;
        }

        @Override
        public List<Recipient> read(long offset, int limit) {
            List<Recipient> page = recipients.list(reference, only, offset == 0 ? 0 : lastId, limit);
            if (!page.isEmpty()) {
                lastId = page.get(page.size() - 1).id();
            }
            return page;
        }
    }
}
