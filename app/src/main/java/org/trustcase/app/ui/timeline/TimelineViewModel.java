package org.trustcase.app.ui.timeline;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.TaskExecutor;
import org.trustcase.app.ui.support.TimeText;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.common.TrustcaseException;
import org.trustcase.model.evidence.EvidenceItem;
import org.trustcase.model.evidence.EvidenceService;
import org.trustcase.model.tasks.CaseNote;
import org.trustcase.model.tasks.NoteService;
import org.trustcase.model.timeline.Confidence;
import org.trustcase.model.timeline.TimelineEntry;
import org.trustcase.model.timeline.TimelineKind;
import org.trustcase.model.timeline.TimelineService;

/**
 * The timeline of one case: read whole in the background, shown filtered by kind; notes written and edited, and past
 * events put on it with the time they happened.
 */
public final class TimelineViewModel {
    private final TimelineService timeline;
    private final NoteService notes;
    private final TaskExecutor executor;
    private final Messages messages;
    private final TimeText time;
    private final CaseReference reference;
    private final ObservableList<TimelineEntry> shown = FXCollections.observableArrayList();
    private final Set<TimelineKind> kinds = EnumSet.allOf(TimelineKind.class);
    private final EvidenceService evidence;
    private final ObservableList<EvidenceItem> items = FXCollections.observableArrayList();
    private List<TimelineEntry> all = List.of();
    private Map<Long, List<Long>> currentNotes = Map.of();
    private Map<Long, String> itemNames = Map.of();
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper(this, "counts", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(this, "working", false);

    /**
     * What one reading gives: the timeline, the note versions that are current (which may be edited) with the evidence
     * items each refers to, and the case's items.
     */
    private record Reading(List<TimelineEntry> entries, Map<Long, List<Long>> currentNotes, List<EvidenceItem> items) {
    }

    public TimelineViewModel(TimelineService timeline, NoteService notes, EvidenceService evidence,
            TaskExecutor executor, Messages messages, TimeText time, CaseReference reference) {
        this.evidence = Objects.requireNonNull(evidence, "evidence");
        this.timeline = Objects.requireNonNull(timeline, "timeline");
        this.notes = Objects.requireNonNull(notes, "notes");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.time = Objects.requireNonNull(time, "time");
        this.reference = Objects.requireNonNull(reference, "reference");
    }

    public ObservableList<TimelineEntry> entries() {
        return shown;
    }

    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    public void load() {
        executor.create(this::read).onSuccess(this::show)
                .onError(TrustcaseException.class, failure -> notice.set(messages.describe(failure))).start();
    }

    private Reading read() {
        List<TimelineEntry> entries = timeline.timeline(reference);
        Map<Long, List<Long>> current = notes.list(reference).stream()
                .collect(Collectors.toMap(CaseNote::id, CaseNote::evidence));
        return new Reading(entries, current, evidence.list(reference));
    }

    private void show(Reading reading) {
        all = reading.entries();
        currentNotes = reading.currentNotes();
        itemNames = reading.items().stream().collect(Collectors.toMap(EvidenceItem::id, EvidenceItem::originalName));
        items.setAll(reading.items());
        filter();
    }

    /** The case's evidence items, for a note to refer to. */
    public ObservableList<EvidenceItem> evidenceItems() {
        return items;
    }

    /** The names of the evidence items the note version an entry shows refers to (known for current versions). */
    public List<String> referredItems(TimelineEntry entry) {
        if (entry.kind() != TimelineKind.NOTE || entry.value("note") == null) {
            return List.of();
        }
        return currentNotes.getOrDefault(Long.parseLong(entry.value("note")), List.of()).stream()
                .map(id -> itemNames.getOrDefault(id, "#" + id)).toList();
    }

    /** The ids of the items the current note version refers to, to edit it. */
    public List<Long> referredIds(long noteId) {
        return currentNotes.getOrDefault(noteId, List.of());
    }

    /** Shows the lines of a kind, or hides them. */
    public void showKind(TimelineKind kind, boolean show) {
        if (show) {
            kinds.add(kind);
        } else {
            kinds.remove(kind);
        }
        filter();
    }

    private void filter() {
        shown.setAll(all.stream().filter(e -> kinds.contains(e.kind())).toList());
        long late = all.stream().filter(TimelineEntry::recordedLater).count();
        counts.set(messages.format("casetimeline.counts", shown.size(), all.size(), late));
    }

    /** The note version an entry shows, when it is the note's current one (which its author may edit). */
    public Optional<Long> editableNote(TimelineEntry entry) {
        if (entry == null || entry.kind() != TimelineKind.NOTE || entry.value("note") == null) {
            return Optional.empty();
        }
        long id = Long.parseLong(entry.value("note"));
        return currentNotes.containsKey(id) ? Optional.of(id) : Optional.empty();
    }

    /** Whether an entry shows a note version that a later one replaced. */
    public boolean replacedNote(TimelineEntry entry) {
        return entry.kind() == TimelineKind.NOTE && entry.value("note") != null
                && !currentNotes.containsKey(Long.parseLong(entry.value("note")));
    }

    public void addNote(String text, List<Long> evidenceIds, Runnable done) {
        run(() -> notes.add(reference, text, evidenceIds), "casetimeline.note-added", done);
    }

    public void editNote(long noteId, String text, List<Long> evidenceIds, Runnable done) {
        run(() -> notes.edit(noteId, text, evidenceIds), "casetimeline.note-edited", done);
    }

    /** Puts a past event on the timeline; a time typed that cannot be read is refused here, the rest by the use case. */
    public void addEvent(String at, String description, String source, Confidence confidence, Runnable done) {
        Instant when = null;
        if (at != null && !at.isBlank()) {
            Optional<Instant> parsed = time.parse(at);
            if (parsed.isEmpty()) {
                notice.set(messages.format("casetimeline.event.at-invalid", at, TimeText.INPUT_PATTERN));
                return;
            }
            when = parsed.get();
        }
        Instant happened = when;
        run(() -> timeline.addEvent(reference, happened, description, source, confidence), "casetimeline.event-added",
                done);
    }

    private void run(Callable<?> change, String doneKey, Runnable done) {
        if (working.get()) {
            return;
        }
        working.set(true);
        notice.set("");
        executor.create(() -> {
            change.call();
            return read();
        }).onSuccess(reading -> {
            show(reading);
            notice.set(messages.get(doneKey));
            done.run();
        }).onError(TrustcaseException.class, failure -> notice.set(messages.describe(failure)))
                .andFinally(() -> working.set(false)).start();
    }
}
