package org.trustcase.app.ui.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.trustcase.app.EvidenceFiles;
import org.trustcase.app.preview.Preview;
import org.trustcase.app.preview.PreviewLoader;
import org.trustcase.app.ui.support.LongJob;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.TaskExecutor;
import org.trustcase.model.access.AccessDeniedException;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.common.NotFoundException;
import org.trustcase.model.common.RuleViolationException;
import org.trustcase.model.common.ValidationException;
import org.trustcase.model.evidence.Annotation;
import org.trustcase.model.evidence.CustodyEvent;
import org.trustcase.model.evidence.EvidenceImportCancelled;
import org.trustcase.model.evidence.EvidenceItem;
import org.trustcase.model.evidence.EvidenceService;
import org.trustcase.model.evidence.EvidenceState;

/**
 * The Evidence tab of one case: its items; files imported (several, each streamed once, with progress and cancel);
 * the selected item's chain of custody, notes and preview. Opening an item for its preview checks its file against
 * its hash and is a custody event; a file that no longer matches shows no content, only its state. Everything is read
 * and written off the JavaFX thread; the properties change on it.
 */
public final class EvidenceViewModel {
    private final EvidenceService evidence;
    private final EvidenceFiles files;
    private final PreviewLoader previews;
    private final TaskExecutor tasks;
    private final Messages messages;
    private final CaseReference reference;
    private final Runnable caseChanged;

    private final ObservableList<EvidenceItem> items = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<EvidenceItem> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ObservableList<CustodyEvent> custody = FXCollections.observableArrayList();
    private final ObservableList<Annotation> annotations = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Preview> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyObjectWrapper<EvidenceItem> previewed = new ReadOnlyObjectWrapper<>(this, "previewed");
    private final ReadOnlyIntegerWrapper page = new ReadOnlyIntegerWrapper(this, "page", 1);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyBooleanWrapper importing = new ReadOnlyBooleanWrapper(this, "importing", false);
    private final ReadOnlyDoubleWrapper importProgress = new ReadOnlyDoubleWrapper(this, "importProgress", -1);
    private final ReadOnlyStringWrapper importMessage = new ReadOnlyStringWrapper(this, "importMessage", "");
    private final ReadOnlyBooleanWrapper previewing = new ReadOnlyBooleanWrapper(this, "previewing", false);
    private final ReadOnlyIntegerWrapper mismatches = new ReadOnlyIntegerWrapper(this, "mismatches", 0);
    private final javafx.beans.property.BooleanProperty wholeCase =
            new javafx.beans.property.SimpleBooleanProperty(this, "wholeCase", false);
    private final ReadOnlyObjectWrapper<Annotation> chosenNote = new ReadOnlyObjectWrapper<>(this, "chosenNote");
    private LongJob<?> importJob;
    private boolean requested;
    private int displayWidth = 800;
    private long previewGeneration;

    /** @param caseChanged told after evidence changed (the case view reads the case again) */
    public EvidenceViewModel(EvidenceService evidence, EvidenceFiles files, PreviewLoader previews,
            TaskExecutor tasks, Messages messages, CaseReference reference, Runnable caseChanged) {
        this.evidence = Objects.requireNonNull(evidence, "evidence");
        this.files = Objects.requireNonNull(files, "files");
        this.previews = Objects.requireNonNull(previews, "previews");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.reference = Objects.requireNonNull(reference, "reference");
        this.caseChanged = Objects.requireNonNull(caseChanged, "caseChanged");
        selected.addListener((observable, before, after) -> selectionChanged(before, after));
        wholeCase.addListener((observable, before, after) -> readNotes());
    }

    /** True when the notes listed are those of every item of the case, not only of the item chosen. */
    public javafx.beans.property.BooleanProperty wholeCaseProperty() {
        return wholeCase;
    }

    /** The note chosen in the list: its item is opened and its anchor shown. */
    public ReadOnlyObjectProperty<Annotation> chosenNoteProperty() {
        return chosenNote.getReadOnlyProperty();
    }

    /**
     * Chooses a note of the list: a note of another item opens that item first; a note on a region of a page shows
     * that page (once the item's preview is made).
     */
    public void choose(Annotation note) {
        chosenNote.set(note);
        if (note == null) {
            return;
        }
        EvidenceItem item = selected.get();
        if (item == null || item.id() != note.itemId()) {
            items.stream().filter(listed -> listed.id() == note.itemId()).findFirst().ifPresent(selected::set);
        } else {
            jumpTo(note);
        }
    }

    /** The name of the item a note is on (for the case's list of notes). */
    public String itemName(long itemId) {
        return items.stream().filter(item -> item.id() == itemId).map(EvidenceItem::originalName).findFirst()
                .orElse("#" + itemId);
    }

    public CaseReference reference() {
        return reference;
    }

    /** The case's items, oldest first. */
    public ObservableList<EvidenceItem> items() {
        return items;
    }

    /** The item chosen in the table; its custody, notes and preview follow it. */
    public ReadOnlyObjectProperty<EvidenceItem> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /**
     * Chooses an item: its custody and notes are read and it is opened for its preview. The same item with a newer
     * record (its state changed) is taken without opening it again.
     */
    public void select(EvidenceItem item) {
        EvidenceItem was = selected.get();
        if (item != null && was != null && item.id() == was.id()) {
            selectQuietly(item);
        } else if (item == null && was != null && items.stream().anyMatch(listed -> listed.id() == was.id())) {
            // a table loses its selection when the row's record is replaced: the item is still there and chosen
            return;
        } else {
            selected.set(item);
        }
    }

    public ObservableList<CustodyEvent> custody() {
        return custody;
    }

    public ObservableList<Annotation> annotations() {
        return annotations;
    }

    /** The selected item's preview; null while none is made yet. */
    public ReadOnlyObjectProperty<Preview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** The item the preview shows, as its check found it (its state may have changed by opening it). */
    public ReadOnlyObjectProperty<EvidenceItem> previewedProperty() {
        return previewed.getReadOnlyProperty();
    }

    /** The page of the preview, from 1. */
    public ReadOnlyIntegerProperty pageProperty() {
        return page.getReadOnlyProperty();
    }

    /** What the last action refused, or how an import ended; empty when there is nothing to say. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty importingProperty() {
        return importing.getReadOnlyProperty();
    }

    /** From 0 to 1 while importing; -1 while the total is not known. */
    public ReadOnlyDoubleProperty importProgressProperty() {
        return importProgress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty importMessageProperty() {
        return importMessage.getReadOnlyProperty();
    }

    /** True while the selected item's file is checked and its preview made. */
    public ReadOnlyBooleanProperty previewingProperty() {
        return previewing.getReadOnlyProperty();
    }

    /** How many of the case's items do not match their hash (changed or gone): shown on the tab until dealt with. */
    public ReadOnlyIntegerProperty mismatchesProperty() {
        return mismatches.getReadOnlyProperty();
    }

    public void dismissNotice() {
        notice.set("");
    }

    /** The tab is shown: the first time, the items are read. */
    public void shown() {
        if (!requested) {
            load();
        }
    }

    /** Reads the case's items again, keeping the selection on the same item. */
    public void load() {
        requested = true;
        tasks.create(() -> evidence.list(reference))
                .onSuccess(this::showItems)
                .onError(NotFoundException.class, missing -> notice.set(messages.describe(missing)))
                .onError(AccessDeniedException.class, refused -> notice.set(messages.describe(refused)))
                .start();
    }

    /** Shows the items read, changing the list in place so that the table keeps its selection. */
    private void showItems(List<EvidenceItem> read) {
        boolean sameItems = read.size() >= items.size();
        for (int i = 0; sameItems && i < items.size(); i++) {
            sameItems = items.get(i).id() == read.get(i).id();
        }
        if (sameItems) {
            for (int i = 0; i < read.size(); i++) {
                if (i >= items.size()) {
                    items.add(read.get(i));
                } else if (!items.get(i).equals(read.get(i))) {
                    items.set(i, read.get(i));
                }
            }
        } else {
            items.setAll(read);
        }
        mismatches.set((int) read.stream().filter(item -> item.state() == EvidenceState.ALTERED
                || item.state() == EvidenceState.MISSING).count());
        EvidenceItem was = selected.get();
        if (was != null) {
            read.stream().filter(item -> item.id() == was.id()).findFirst().ifPresent(this::selectQuietly);
        }
    }

    private boolean quiet;

    /** Keeps the same item selected with its new record, without opening it again. */
    private void selectQuietly(EvidenceItem now) {
        quiet = true;
        try {
            selected.set(now);
        } finally {
            quiet = false;
        }
    }

    /**
     * Imports the files, one after the other, each streamed once into the vault; progress counts bytes over all of
     * them. Cancel stops within the file being read (nothing of it is kept); the files imported before stay.
     */
    public void importFiles(List<Path> paths) {
        importFiles(paths, null, null);
    }

    /** The same, each item recording where the files came from and why they were collected (either may be null). */
    public void importFiles(List<Path> paths, String source, String reason) {
        if (paths.isEmpty() || importing.get()) {
            return;
        }
        notice.set("");
        importing.set(true);
        long total = paths.stream().mapToLong(EvidenceViewModel::sizeOf).sum();
        int[] counts = new int[2];
        importJob = tasks.longJob(progress -> {
            long before = 0;
            for (Path path : paths) {
                progress.message(messages.format("evidence.import.progress", path.getFileName()));
                long done = before;
                EvidenceService.Added added;
                try (InputStream in = Files.newInputStream(path)) {
                    added = evidence.add(reference, in, path.getFileName().toString(), source, reason, bytes -> {
                        progress.update(done + bytes, total);
                        return !progress.isCancelled();
                    });
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (EvidenceImportCancelled stopped) {
                    throw new java.util.concurrent.CancellationException("import cancelled");
                }
                counts[added.already() ? 1 : 0]++;
                before += sizeOf(path);
            }
            return counts;
        })
                .onSuccess(done -> notice.set(messages.format("evidence.import.done", done[0], done[1])))
                .onCancelled(() -> notice.set(messages.format("evidence.import.cancelled", counts[0])))
                .onError(ValidationException.class, refused -> notice.set(messages.describe(refused)))
                .onError(RuleViolationException.class, refused -> notice.set(messages.describe(refused)))
                .onError(AccessDeniedException.class, refused -> notice.set(messages.describe(refused)))
                .onError(RuntimeException.class, failed -> notice.set(messages.format("evidence.import.failed",
                        messages.describe(failed))))
                .andFinally(() -> {
                    importing.set(false);
                    load();
                    caseChanged.run();
                })
                .start();
        importProgress.bind(importJob.progressProperty());
        importMessage.bind(importJob.messageProperty());
    }

    /** Stops the import under way. */
    public void cancelImport() {
        if (importJob != null) {
            importJob.cancel();
        }
    }

    /** Reads every file of the case again; the notice says how many match. */
    public void verifyAll() {
        notice.set("");
        tasks.longJob(progress -> evidence.verify(reference))
                .onSuccess(results -> {
                    long bad = results.stream().filter(v -> !v.matches()).count();
                    notice.set(bad == 0 ? messages.format("evidence.verify.ok", results.size())
                            : messages.format("evidence.verify.failed", bad, results.size()));
                    load();
                })
                .onError(AccessDeniedException.class, refused -> notice.set(messages.describe(refused)))
                .start();
    }

    /** The width the preview is shown at, in pixels (pages are rendered to fit it). */
    public void displayWidth(int width) {
        displayWidth = Math.max(200, width);
    }

    private void selectionChanged(EvidenceItem before, EvidenceItem after) {
        if (quiet) {
            return;
        }
        custody.clear();
        if (!wholeCase.get()) {
            annotations.clear();
        }
        preview.set(null);
        previewed.set(null);
        page.set(1);
        if (after == null) {
            return;
        }
        readDetails(after.id());
        open(after);
    }

    private void readDetails(long itemId) {
        boolean ofCase = wholeCase.get();
        tasks.create(() -> new Details(evidence.custody(itemId), ofCase ? evidence.caseAnnotations(reference)
                : evidence.annotations(itemId)))
                .onSuccess(details -> {
                    EvidenceItem now = selected.get();
                    if (now != null && now.id() == itemId) {
                        custody.setAll(details.custody());
                        if (ofCase == wholeCase.get()) {
                            annotations.setAll(details.annotations());
                        }
                    }
                })
                .onError(NotFoundException.class, missing -> notice.set(messages.describe(missing)))
                .start();
    }

    /** Reads the notes listed again (the item's, or the case's). */
    private void readNotes() {
        EvidenceItem item = selected.get();
        boolean ofCase = wholeCase.get();
        if (item == null && !ofCase) {
            annotations.clear();
            return;
        }
        tasks.create(() -> ofCase ? evidence.caseAnnotations(reference) : evidence.annotations(item.id()))
                .onSuccess(read -> {
                    if (ofCase == wholeCase.get()) {
                        annotations.setAll(read);
                    }
                })
                .onError(NotFoundException.class, missing -> notice.set(messages.describe(missing)))
                .start();
    }

    private record Details(List<CustodyEvent> custody, List<Annotation> annotations) {
    }

    /**
     * Opens the item: its file is checked and the view recorded, then its first page is made. A disposed item has no
     * file to open; one that does not match shows its state instead of its content.
     */
    private void open(EvidenceItem item) {
        if (item.state() == EvidenceState.DISPOSED) {
            preview.set(new Preview.None("evidence.preview.disposed", ""));
            previewed.set(item);
            return;
        }
        long generation = ++previewGeneration;
        int width = displayWidth;
        previewing.set(true);
        tasks.longJob(progress -> {
            EvidenceService.Verified checked = evidence.view(item.id(), null);
            Preview made = checked.matches()
                    ? previews.load(files.stored(item.sha256()), item.mediaType(), item.originalName(), 1, width)
                    : new Preview.None(checked.actualSha256().isEmpty() ? "evidence.preview.missing"
                            : "evidence.preview.altered", "");
            return new Opened(checked.item(), made);
        })
                .onSuccess(opened -> {
                    if (generation == previewGeneration) {
                        previewed.set(opened.item());
                        preview.set(opened.preview());
                        readDetails(item.id());
                        Annotation note = chosenNote.get();
                        if (note != null && note.itemId() == item.id()) {
                            jumpTo(note);
                        }
                        if (opened.item().state() != item.state()) {
                            load();
                            caseChanged.run();
                        }
                    }
                })
                .onError(RuntimeException.class, failed -> {
                    if (generation == previewGeneration) {
                        preview.set(new Preview.None("evidence.preview.failed", messages.describe(failed)));
                    }
                })
                .andFinally(() -> {
                    if (generation == previewGeneration) {
                        previewing.set(false);
                    }
                })
                .start();
    }

    private record Opened(EvidenceItem item, Preview preview) {
    }

    /** Shows another page of the previewed PDF (its file was checked when it was opened). */
    public void showPage(int wanted) {
        EvidenceItem item = previewed.get();
        if (!(preview.get() instanceof Preview.Raster raster) || item == null || raster.pages() < 2) {
            return;
        }
        int target = Math.max(1, Math.min(wanted, raster.pages()));
        if (target == raster.page()) {
            return;
        }
        long generation = ++previewGeneration;
        int width = displayWidth;
        previewing.set(true);
        page.set(target);
        tasks.longJob(progress -> previews.load(files.stored(item.sha256()), item.mediaType(), item.originalName(), target,
                width))
                .onSuccess(made -> {
                    if (generation == previewGeneration) {
                        preview.set(made);
                    }
                })
                .andFinally(() -> {
                    if (generation == previewGeneration) {
                        previewing.set(false);
                    }
                })
                .start();
    }

    /**
     * Takes an attachment of the e-mail shown in as an evidence item of the case, its source the e-mail item. The
     * e-mail's file was checked when it was opened; the attachment is stored and hashed like any import.
     */
    public void takeAttachment(org.trustcase.app.preview.EmailMessage.Attachment attachment) {
        EvidenceItem mail = previewed.get();
        if (mail == null || importing.get()) {
            return;
        }
        notice.set("");
        tasks.create(() -> {
            byte[] content = org.trustcase.app.preview.EmailFiles.attachment(files.stored(mail.sha256()),
                    mail.mediaType(), mail.originalName(), attachment.index());
            return evidence.add(reference, new java.io.ByteArrayInputStream(content), attachment.name(),
                    messages.format("evidence.attachment.source", mail.id(), mail.originalName()), null,
                    bytes -> true);
        })
                .onSuccess(added -> {
                    notice.set(messages.format(added.already() ? "evidence.attachment.already"
                            : "evidence.attachment.added", attachment.name(), added.item().id()));
                    load();
                })
                .onError(ValidationException.class, refused -> notice.set(messages.describe(refused)))
                .onError(RuleViolationException.class, refused -> notice.set(messages.describe(refused)))
                .onError(AccessDeniedException.class, refused -> notice.set(messages.describe(refused)))
                .onError(IOException.class, failed -> notice.set(messages.format("evidence.import.failed",
                        failed.getMessage())))
                .start();
    }

    /**
     * Opens a copy of the item's file in the system's program for its type (after the user was warned): the file is
     * checked and the opening recorded in its custody first; the copy is read-only, in a folder of its own, and the
     * vault's file is never handed out.
     */
    public void openExternally(EvidenceItem item, SystemViewer viewer) {
        notice.set("");
        tasks.create(() -> {
            EvidenceService.Verified checked = evidence.view(item.id(), messages.get("evidence.external.purpose"));
            if (!checked.matches()) {
                return null;
            }
            java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("trustcase-view-");
            java.nio.file.Path copy = folder.resolve(safeName(item));
            java.nio.file.Files.copy(files.stored(item.sha256()), copy);
            copy.toFile().setReadOnly();
            copy.toFile().deleteOnExit();
            folder.toFile().deleteOnExit();
            return copy;
        })
                .onSuccess(copy -> {
                    if (copy == null) {
                        notice.set(messages.get("evidence.preview.altered"));
                        load();
                        return;
                    }
                    readDetails(item.id());
                    try {
                        viewer.open(copy);
                    } catch (RuntimeException e) {
                        notice.set(messages.format("evidence.external.failed", messages.describe(e)));
                    }
                })
                .onError(IOException.class, failed -> notice.set(messages.format("evidence.external.failed",
                        failed.getMessage())))
                .onError(ValidationException.class, refused -> notice.set(messages.describe(refused)))
                .onError(AccessDeniedException.class, refused -> notice.set(messages.describe(refused)))
                .start();
    }

    /** The item's name as a file name any system takes (its extension tells the system which program). */
    private static String safeName(EvidenceItem item) {
        String name = item.originalName().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return name.isEmpty() || name.startsWith(".") ? "evidence-" + item.id() + name : name;
    }

    /**
     * Annotates the selected item; {@code anchor} is the whole item, a rectangle of the page shown (in the item's
     * units), or a quoted passage. A refusal (an empty note, a settled case, a role that may not) is the notice.
     */
    public void annotate(Annotation.Anchor anchor, String text, List<String> tags, boolean privileged,
            Runnable whenDone) {
        EvidenceItem item = selected.get();
        if (item == null) {
            return;
        }
        notice.set("");
        tasks.create(() -> evidence.annotate(item.id(), text, anchor, tags, privileged))
                .onSuccess(note -> {
                    readNotes();
                    whenDone.run();
                })
                .onError(ValidationException.class, refused -> notice.set(messages.describe(refused)))
                .onError(RuleViolationException.class, refused -> notice.set(messages.describe(refused)))
                .onError(AccessDeniedException.class, refused -> notice.set(messages.describe(refused)))
                .onError(NotFoundException.class, refused -> notice.set(messages.describe(refused)))
                .start();
    }

    /**
     * Edits the author's own note: a new version with this text, tags and privilege replaces it (the earlier is
     * kept). A refusal (not the author, edited meanwhile, a settled case) is the notice.
     */
    public void edit(Annotation note, String text, List<String> tags, boolean privileged, Runnable whenDone) {
        notice.set("");
        tasks.create(() -> evidence.editAnnotation(note.id(), text, tags, privileged))
                .onSuccess(edited -> {
                    readNotes();
                    whenDone.run();
                })
                .onError(ValidationException.class, refused -> notice.set(messages.describe(refused)))
                .onError(RuleViolationException.class, refused -> notice.set(messages.describe(refused)))
                .onError(AccessDeniedException.class, refused -> notice.set(messages.describe(refused)))
                .onError(NotFoundException.class, refused -> notice.set(messages.describe(refused)))
                .start();
    }

    /** Reads every version of a note, oldest first, for {@code show}. */
    public void history(Annotation note, java.util.function.Consumer<List<Annotation>> show) {
        tasks.create(() -> evidence.annotationHistory(note.id()))
                .onSuccess(show::accept)
                .onError(NotFoundException.class, refused -> notice.set(messages.describe(refused)))
                .start();
    }

    /** The page an annotation is on, shown (a region's page of a PDF). */
    public void jumpTo(Annotation note) {
        if (note.anchor() instanceof Annotation.Region region) {
            showPage(region.page());
        }
    }

    private static long sizeOf(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            return 0;
        }
    }
}
