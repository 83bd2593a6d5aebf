package org.trustcase.app.ui.notifications;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.trustcase.app.documents.DocumentLanguage;
import org.trustcase.app.documents.LetterRun;
import org.trustcase.app.documents.LetterValues;
import org.trustcase.app.ui.deadlines.ClockState;
import org.trustcase.app.ui.support.LongJob;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.TaskExecutor;
import org.trustcase.app.ui.support.TimeText;
import org.trustcase.model.caseclocks.CaseClockService;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.common.TrustcaseException;
import org.trustcase.model.deadlines.DeadlineClock;
import org.trustcase.model.notifications.LetterBatch;
import org.trustcase.model.notifications.LetterContext;
import org.trustcase.model.notifications.LetterService;
import org.trustcase.model.notifications.LetterTemplate;
import org.trustcase.model.notifications.MergeFields;
import org.trustcase.model.notifications.Recipient;
import org.trustcase.model.notifications.RecipientService;
import org.trustcase.model.notifications.RecipientStatus;

/**
 * The letters of one case: the workspace's templates (edited and previewed with the case's values), generating a
 * batch for the recipients still pending (in the long-job lane, with progress and cancel), the batches, marking one
 * sent, and where the data subjects' clock stands.
 */
public final class LettersViewModel {
    private final LetterService letters;
    private final RecipientService recipients;
    private final CaseClockService clocks;
    private final TaskExecutor tasks;
    private final Messages messages;
    private final TimeText time;
    private final Clock clock;
    private final CaseReference reference;

    private final ObservableList<LetterTemplate> templates = FXCollections.observableArrayList();
    private final ObservableList<LetterBatch> batches = FXCollections.observableArrayList();
    final ObjectProperty<LetterTemplate> selected = new SimpleObjectProperty<>(this, "selected");
    final StringProperty subject = new SimpleStringProperty(this, "subject", "");
    final StringProperty body = new SimpleStringProperty(this, "body", "");
    final StringProperty sentAt = new SimpleStringProperty(this, "sentAt", "");
    final StringProperty channel = new SimpleStringProperty(this, "channel", "");
    final StringProperty delayReason = new SimpleStringProperty(this, "delayReason", "");
    final ObjectProperty<LetterBatch> batch = new SimpleObjectProperty<>(this, "batch");
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper(this, "preview", "");
    private final ReadOnlyStringWrapper pending = new ReadOnlyStringWrapper(this, "pending", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyStringWrapper clockLine = new ReadOnlyStringWrapper(this, "clockLine", "");
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(this, "working", false);
    private final ReadOnlyBooleanWrapper generating = new ReadOnlyBooleanWrapper(this, "generating", false);
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", 0);
    private LongJob<LetterRun.Result> running;

    public LettersViewModel(LetterService letters, RecipientService recipients, CaseClockService clocks,
            TaskExecutor tasks, Messages messages, TimeText time, Clock clock, CaseReference reference) {
        this.letters = Objects.requireNonNull(letters, "letters");
        this.recipients = Objects.requireNonNull(recipients, "recipients");
        this.clocks = Objects.requireNonNull(clocks, "clocks");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.time = Objects.requireNonNull(time, "time");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.reference = Objects.requireNonNull(reference, "reference");
        selected.addListener((observable, before, after) -> {
            subject.set(after == null ? "" : after.subject());
            body.set(after == null ? "" : after.body());
            preview.set("");
        });
    }

    public ObservableList<LetterTemplate> templates() {
        return templates;
    }

    public ObservableList<LetterBatch> batches() {
        return batches;
    }

    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** How many recipients a new batch would take. */
    public ReadOnlyStringProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Where the data subjects' clock stands ({@value LetterService#DATA_SUBJECTS_RULE}). */
    public ReadOnlyStringProperty clockLineProperty() {
        return clockLine.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty generatingProperty() {
        return generating.getReadOnlyProperty();
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    private record State(List<LetterTemplate> templates, List<LetterBatch> batches, long pending,
            DeadlineClock subjectsClock) {
    }

    /** Reads the templates, the batches, how many recipients are pending and the data subjects' clock. */
    public void load() {
        tasks.create(() -> new State(letters.templates(), letters.batches(reference),
                        recipients.counts(reference).getOrDefault(RecipientStatus.PENDING, 0L),
                        clocks.list(reference).clocks().stream()
                                .filter(k -> k.rule().id().equals(LetterService.DATA_SUBJECTS_RULE)).findFirst()
                                .orElse(null)))
                .onSuccess(this::show)
                .onError(TrustcaseException.class, failure -> notice.set(messages.describe(failure)))
                .start();
    }

    private void show(State state) {
        LetterTemplate was = selected.get();
        templates.setAll(state.templates());
        if (was != null) {
            templates.stream().filter(t -> t.name().equals(was.name()) && t.language().equals(was.language()))
                    .findFirst().ifPresent(selected::set);
        } else if (!templates.isEmpty()) {
            selected.set(templates.get(0));
        }
        batches.setAll(state.batches());
        pending.set(messages.format("letters.pending", state.pending()));
        if (sentAt.get().isBlank()) {
            sentAt.set(time.input(clock.instant()));
        }
        DeadlineClock k = state.subjectsClock();
        clockLine.set(k == null ? messages.get("letters.clock.none") : messages.format("letters.clock",
                LetterService.DATA_SUBJECTS_RULE, messages.label(ClockState.of(k, clock.instant())),
                k.met() != null ? time.display(k.met().at()) : k.dueAt() == null ? "–" : time.display(k.dueAt()),
                k.met() != null ? 1 : 0));
    }

    public void saveTemplate() {
        LetterTemplate current = selected.get();
        if (current == null || working.get()) {
            return;
        }
        LetterTemplate wanted = new LetterTemplate(current.name(), current.language(), current.kind(), subject.get(),
                body.get(), null, null);
        working.set(true);
        notice.set("");
        tasks.create(() -> letters.saveTemplate(wanted))
                .onSuccess(saved -> {
                    int at = templates.indexOf(current);
                    if (at >= 0) {
                        templates.set(at, saved);
                    }
                    selected.set(saved);
                    notice.set(messages.format("letters.template.saved", saved.name(), saved.language()));
                })
                .onError(TrustcaseException.class, failure -> notice.set(messages.describe(failure)))
                .andFinally(() -> working.set(false))
                .start();
    }

    /** A legal reviewer's approval of the chosen template's current version. */
    public void approve() {
        LetterTemplate current = selected.get();
        if (current == null || working.get()) {
            return;
        }
        working.set(true);
        notice.set("");
        tasks.create(() -> letters.approveTemplate(current.name(), current.language()))
                .onSuccess(approved -> {
                    int at = templates.indexOf(current);
                    if (at >= 0) {
                        templates.set(at, approved);
                    }
                    selected.set(approved);
                    notice.set(messages.format("letters.approved", approved.name(), approved.language()));
                })
                .onError(TrustcaseException.class, failure -> notice.set(messages.describe(failure)))
                .andFinally(() -> working.set(false))
                .start();
    }

    /** Who approved the template's current version, or that nobody has yet. */
    String approvalText(LetterTemplate template) {
        if (template == null) {
            return "";
        }
        return template.approved() ? messages.format("letters.approval.by", template.approvedBy(),
                time.display(template.approvedAt())) : messages.get("letters.approval.none");
    }

    /** The template as edited, filled with the case's values and the first pending recipient's (or none). */
    public void preview() {
        LetterTemplate current = selected.get();
        if (current == null) {
            return;
        }
        String subjectText = subject.get();
        String bodyText = body.get();
        tasks.create(() -> {
            LetterContext context = letters.context(reference);
            LetterValues values = new LetterValues(context, DocumentLanguage.of(current.language(),
                    context.organisation()), clock.instant());
            List<Recipient> first = recipients.list(reference, RecipientStatus.PENDING, 0, 1);
            java.util.function.Function<String, String> fill = first.isEmpty() ? values.ofCase()
                    : values.of(first.get(0));
            return MergeFields.fill(subjectText, fill) + "\n\n" + MergeFields.fill(bodyText, fill);
        }).onSuccess(preview::set)
                .onError(TrustcaseException.class, failure -> notice.set(messages.describe(failure)))
                .start();
    }

    /** Generates a batch from the chosen template's name into {@code folder}, in the long-job lane. */
    public void generate(Path folder, boolean merged, boolean eml) {
        LetterTemplate current = selected.get();
        if (current == null || generating.get()) {
            return;
        }
        generating.set(true);
        progress.set(-1);
        notice.set("");
        running = tasks.longJob(job -> new LetterRun(letters, clock).run(reference, current.name(), folder,
                        new LetterRun.Options(merged, eml), (done, of) -> job.update(done, of), job::isCancelled))
                .onSuccess(result -> {
                    notice.set(result.cancelled() ? messages.get("letters.generate.cancelled")
                            : messages.format("letters.generated", result.batch().id(), result.letters(),
                                    result.emails(), folder.toString()));
                    load();
                })
                .onCancelled(() -> {
                    notice.set(messages.get("letters.generate.cancelled"));
                    load();
                })
                .onError(TrustcaseException.class, failure -> notice.set(messages.describe(failure)))
                .onError(java.io.IOException.class, failure -> notice.set(messages.format(
                        "letters.generate.failed", failure.getMessage())))
                .andFinally(() -> {
                    generating.set(false);
                    running = null;
                })
                .start();
        progress.bind(running.progressProperty());
    }

    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    /** Marks the chosen batch sent at the time typed, by the channel typed. */
    public void markSent() {
        LetterBatch chosen = batch.get();
        Optional<Instant> at = time.parse(sentAt.get());
        if (chosen == null || working.get()) {
            return;
        }
        if (at.isEmpty()) {
            notice.set(messages.format("authority.record.at-invalid", sentAt.get(), TimeText.INPUT_PATTERN));
            return;
        }
        String how = channel.get();
        String reason = delayReason.get();
        working.set(true);
        notice.set("");
        tasks.create(() -> letters.markSent(reference, chosen.id(), at.get(), how, reason))
                .onSuccess(sent -> {
                    notice.set(messages.format("letters.marked", sent.id(), sent.recipients()));
                    delayReason.set("");
                    load();
                })
                .onError(TrustcaseException.class, failure -> notice.set(messages.describe(failure)))
                .andFinally(() -> working.set(false))
                .start();
    }

    /** The merge fields a template may use, for the hint under the editor. */
    String fieldsHint() {
        return messages.format("letters.fields", String.join(", ", MergeFields.KNOWN.stream()
                .map(f -> "{{" + f + "}}").toList()), "{{" + MergeFields.CUSTOM + "…}}");
    }

    /** A batch's "sent" column: when and how, or not yet. */
    String sentText(LetterBatch b) {
        return b.sent() ? time.display(b.sentAt()) + " · " + b.channel() : messages.get("letters.batches.not-sent");
    }
}
