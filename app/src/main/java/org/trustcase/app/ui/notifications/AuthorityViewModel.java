package org.trustcase.app.ui.notifications;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.trustcase.app.documents.AuthorityForm;
import org.trustcase.app.documents.AuthorityPdf;
import org.trustcase.app.documents.AuthorityText;
import org.trustcase.app.documents.DocumentLanguage;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.TaskExecutor;
import org.trustcase.app.ui.support.TimeText;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.common.TrustcaseException;
import org.trustcase.model.notifications.AuthorityDraft;
import org.trustcase.model.notifications.LetterContext;
import org.trustcase.model.notifications.LetterService;
import org.trustcase.model.notifications.NotificationPhase;
import org.trustcase.model.notifications.NotificationService;
import org.trustcase.model.notifications.NotificationTarget;
import org.trustcase.model.notifications.SentNotification;

/**
 * The authority's notification of one case: the draft's words (pre-filled from the case until saved), the draft
 * written out as text or PDF in the form's order, and every notification recorded as sent — the authority's in
 * phases, and anyone else's.
 */
public final class AuthorityViewModel {
    private final NotificationService notifications;
    private final LetterService letters;
    private final TaskExecutor tasks;
    private final Messages messages;
    private final TimeText time;
    private final Clock clock;
    private final CaseReference reference;

    final StringProperty nature = new SimpleStringProperty(this, "nature", "");
    final StringProperty courseOfEvents = new SimpleStringProperty(this, "courseOfEvents", "");
    final StringProperty place = new SimpleStringProperty(this, "place", "");
    final StringProperty cause = new SimpleStringProperty(this, "cause", "");
    final StringProperty consequences = new SimpleStringProperty(this, "consequences", "");
    final StringProperty measuresTaken = new SimpleStringProperty(this, "measuresTaken", "");
    final StringProperty measuresProposed = new SimpleStringProperty(this, "measuresProposed", "");
    final StringProperty otherOrganisations = new SimpleStringProperty(this, "otherOrganisations", "");
    final StringProperty adviceToSubjects = new SimpleStringProperty(this, "adviceToSubjects", "");
    final ObjectProperty<Boolean> confidentiality = new SimpleObjectProperty<>(this, "confidentiality");
    final ObjectProperty<Boolean> integrity = new SimpleObjectProperty<>(this, "integrity");
    final ObjectProperty<Boolean> availability = new SimpleObjectProperty<>(this, "availability");
    final ObjectProperty<NotificationTarget> target = new SimpleObjectProperty<>(this, "target",
            NotificationTarget.AUTHORITY);
    final ObjectProperty<NotificationPhase> phase = new SimpleObjectProperty<>(this, "phase",
            NotificationPhase.INITIAL);
    final StringProperty recipientName = new SimpleStringProperty(this, "recipientName", "");
    final StringProperty sentAt = new SimpleStringProperty(this, "sentAt", "");
    final StringProperty channel = new SimpleStringProperty(this, "channel", "");
    final StringProperty authorityReference = new SimpleStringProperty(this, "authorityReference", "");
    final StringProperty delayReason = new SimpleStringProperty(this, "delayReason", "");
    final ObjectProperty<String> language = new SimpleObjectProperty<>(this, "language");
    private final ReadOnlyStringWrapper savedBy = new ReadOnlyStringWrapper(this, "savedBy", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(this, "working", false);
    private final BooleanProperty loaded = new SimpleBooleanProperty(this, "loaded", false);
    private final ObservableList<SentNotification> sent = FXCollections.observableArrayList();

    public AuthorityViewModel(NotificationService notifications, LetterService letters, TaskExecutor tasks,
            Messages messages, TimeText time, Clock clock, CaseReference reference) {
        this.notifications = Objects.requireNonNull(notifications, "notifications");
        this.letters = Objects.requireNonNull(letters, "letters");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.time = Objects.requireNonNull(time, "time");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.reference = Objects.requireNonNull(reference, "reference");
    }

    public ObservableList<SentNotification> sent() {
        return sent;
    }

    public ReadOnlyStringProperty savedByProperty() {
        return savedBy.getReadOnlyProperty();
    }

    /** How the last action went, or why it was refused. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    private record Loaded(AuthorityDraft draft, List<SentNotification> sent, String language) {
    }

    /** Reads the draft (saved, or pre-filled from the case) and the notifications sent. */
    public void load() {
        tasks.create(() -> new Loaded(notifications.draft(reference), notifications.list(reference),
                        letters.context(reference).organisation().language()))
                .onSuccess(result -> {
                    show(result.draft());
                    sent.setAll(result.sent());
                    if (language.get() == null) {
                        language.set(result.language());
                    }
                    if (sentAt.get().isBlank()) {
                        sentAt.set(time.input(clock.instant()));
                    }
                    loaded.set(true);
                })
                .onError(TrustcaseException.class, failure -> notice.set(messages.describe(failure)))
                .start();
    }

    private void show(AuthorityDraft draft) {
        nature.set(orEmpty(draft.nature()));
        courseOfEvents.set(orEmpty(draft.courseOfEvents()));
        place.set(orEmpty(draft.place()));
        cause.set(orEmpty(draft.cause()));
        consequences.set(orEmpty(draft.consequences()));
        measuresTaken.set(orEmpty(draft.measuresTaken()));
        measuresProposed.set(orEmpty(draft.measuresProposed()));
        otherOrganisations.set(orEmpty(draft.otherOrganisations()));
        adviceToSubjects.set(orEmpty(draft.adviceToSubjects()));
        confidentiality.set(draft.confidentiality());
        integrity.set(draft.integrity());
        availability.set(draft.availability());
        savedBy.set(draft.saved() ? messages.format("authority.saved-by", draft.updatedBy(),
                time.display(draft.updatedAt())) : messages.get("authority.prefilled"));
    }

    private AuthorityDraft draft() {
        return new AuthorityDraft(nature.get(), courseOfEvents.get(), place.get(), cause.get(), consequences.get(),
                measuresTaken.get(), measuresProposed.get(), otherOrganisations.get(), adviceToSubjects.get(),
                confidentiality.get(), integrity.get(), availability.get(), null, null);
    }

    public void save() {
        AuthorityDraft wanted = draft();
        run(() -> notifications.saveDraft(reference, wanted), saved -> {
            show(saved);
            notice.set(messages.get("authority.saved"));
        });
    }

    /**
     * Writes the draft (saved first, so that the document and the record agree) in the form's order, as plain text
     * or as a PDF, in the language chosen.
     */
    public void export(Path file, boolean pdf) {
        AuthorityDraft wanted = draft();
        String chosen = language.get();
        NotificationPhase chosenPhase = phase.get() == null ? NotificationPhase.INITIAL : phase.get();
        String reason = delayReason.get();
        run(() -> {
            notifications.saveDraft(reference, wanted);
            LetterContext context = letters.context(reference);
            DocumentLanguage words = words(chosen, context);
            AuthorityForm form = form(context, words, chosenPhase, reason);
            Path partial = Files.createTempFile(file.toAbsolutePath().getParent(), ".draft-", ".part");
            try (OutputStream out = Files.newOutputStream(partial)) {
                if (pdf) {
                    AuthorityPdf.write(form, words, reference.toString(), out);
                } else {
                    out.write(AuthorityText.render(form).getBytes(StandardCharsets.UTF_8));
                }
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(partial);
                throw e;
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            return notifications.draft(reference);
        }, saved -> {
            show(saved);
            notice.set(messages.format("authority.exported", file.getFileName()));
        });
    }

    private AuthorityForm form(LetterContext context, DocumentLanguage words, NotificationPhase chosenPhase,
            String reason) {
        String initialReference = notifications.list(reference).stream()
                .filter(n -> n.phase() == NotificationPhase.INITIAL).map(SentNotification::reference)
                .filter(Objects::nonNull).findFirst().orElse(null);
        return AuthorityForm.of(context, chosenPhase, initialReference, reason, words, clock.instant());
    }

    private static DocumentLanguage words(String chosen, LetterContext context) {
        return DocumentLanguage.of(chosen == null ? "en" : chosen, context.organisation());
    }

    /**
     * Records the notification described by the form as sent. The authority's carries the draft's text as sent; a
     * time that cannot be read is refused here, the rest by the use case.
     */
    public void record() {
        Optional<Instant> at = time.parse(sentAt.get());
        if (at.isEmpty()) {
            notice.set(messages.format("authority.record.at-invalid", sentAt.get(), TimeText.INPUT_PATTERN));
            return;
        }
        NotificationTarget to = target.get();
        boolean authority = to == NotificationTarget.AUTHORITY;
        NotificationPhase chosenPhase = authority ? phase.get() : null;
        AuthorityDraft wanted = draft();
        String chosenLanguage = language.get();
        String name = recipientName.get();
        String how = channel.get();
        String theirs = authorityReference.get();
        String reason = delayReason.get();
        run(() -> {
            String content = null;
            if (authority) {
                notifications.saveDraft(reference, wanted);
                LetterContext context = letters.context(reference);
                content = AuthorityText.render(form(context, words(chosenLanguage, context),
                        chosenPhase == null ? NotificationPhase.INITIAL : chosenPhase, reason));
            }
            notifications.record(reference, new NotificationService.Notice(to, name, chosenPhase, at.get(), how,
                    theirs, reason, content, null));
            return notifications.list(reference);
        }, list -> {
            sent.setAll(list);
            SentNotification last = list.get(list.size() - 1);
            notice.set(last.rulesMet().isEmpty() ? messages.get("authority.recorded")
                    : messages.format("authority.recorded.met", String.join(", ", last.rulesMet())));
            authorityReference.set("");
            delayReason.set("");
            recipientName.set("");
            if (authority && chosenPhase == NotificationPhase.INITIAL) {
                phase.set(NotificationPhase.FOLLOW_UP);
            }
        });
    }

    private <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> done) {
        if (working.get()) {
            return;
        }
        working.set(true);
        notice.set("");
        tasks.create(work)
                .onSuccess(done)
                .onError(TrustcaseException.class, failure -> notice.set(messages.describe(failure)))
                .onError(IOException.class, failure -> notice.set(messages.format("authority.export.failed",
                        failure.getMessage())))
                .andFinally(() -> working.set(false))
                .start();
    }

    /** A sent notification's addressee for the table: the target, the phase, the name. */
    String addressee(SentNotification n) {
        StringBuilder text = new StringBuilder(messages.label(n.target()));
        if (n.phase() != null) {
            text.append(" · ").append(messages.label(n.phase()));
        }
        if (n.recipientName() != null) {
            text.append(" · ").append(n.recipientName());
        }
        return text.toString();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
