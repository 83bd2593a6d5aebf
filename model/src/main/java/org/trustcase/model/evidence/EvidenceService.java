package org.trustcase.model.evidence;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.trustcase.model.access.AccessControl;
import org.trustcase.model.access.CaseAssignments;
import org.trustcase.model.access.UseCase;
import org.trustcase.model.audit.AuditAction;
import org.trustcase.model.audit.AuditTrail;
import org.trustcase.model.audit.FieldChange;
import org.trustcase.model.casework.SettledCases;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.CaseRepository;
import org.trustcase.model.common.Actor;
import org.trustcase.model.common.FieldError;
import org.trustcase.model.common.NotFoundException;
import org.trustcase.model.common.PlainText;
import org.trustcase.model.common.RuleViolationException;
import org.trustcase.model.common.TransactionRunner;
import org.trustcase.model.common.ValidationException;

/**
 * The use cases of evidence: adding a file to a case (stored once in the vault, then recorded with its first custody
 * event and an audit event, in one transaction), the case's items, an item's chain of custody, and verifying that the
 * stored files still are what was collected. A file is read and stored before the transaction starts, so that a
 * large import never holds the workspace; a file stored by an import that then fails is found by the reconciliation.
 */
public final class EvidenceService {
    public static final int MAX_NAME = 255;
    public static final int MAX_TEXT = 2_000;

    private final CaseRepository cases;
    private final EvidenceRepository evidence;
    private final EvidenceVault vault;
    private final AuditTrail trail;
    private final TransactionRunner transactions;
    private final Clock clock;
    private final AccessControl access;
    private final Supplier<Actor> actor;
    private final CaseAssignments assignments;

    public EvidenceService(CaseRepository cases, EvidenceRepository evidence, EvidenceVault vault, AuditTrail trail,
            TransactionRunner transactions, Clock clock, AccessControl access, Supplier<Actor> actor,
            CaseAssignments assignments) {
        this.assignments = Objects.requireNonNull(assignments, "assignments");
        this.cases = Objects.requireNonNull(cases, "cases");
        this.evidence = Objects.requireNonNull(evidence, "evidence");
        this.vault = Objects.requireNonNull(vault, "vault");
        this.trail = Objects.requireNonNull(trail, "trail");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.access = Objects.requireNonNull(access, "access");
        this.actor = Objects.requireNonNull(actor, "actor");
    }

    /** What adding a file gave: the item, and whether the case held the same file already. */
    public record Added(EvidenceItem item, boolean already) {
    }

    /**
     * Adds the file read from {@code content} to the case: stored in the vault (streamed once, hashed while copied),
     * then recorded. The same file added to the case again is the item it already is (recorded in its custody).
     *
     * @param originalName the file's name where it came from, kept as metadata only
     * @param source       where it came from (a mailbox, a server, a person), or {@code null}
     * @param reason       why it is collected, or {@code null}
     * @param copied       told of the bytes copied so far; false stops the import
     */
    public Added add(CaseReference reference, InputStream content, String originalName, String source, String reason,
            EvidenceVault.Copied copied) {
        access.require(UseCase.EVIDENCE_ADD, reference);
        String name = originalName == null ? "" : originalName.strip();
        String from = blankToNull(source);
        String why = blankToNull(reason);
        EvidenceInput.validate(name, from, why);
        transactions.read(() -> SettledCases.requireOpen(cases.require(reference)));
        EvidenceVault.Stored stored = vault.store(content, name, copied);
        boolean mismatch = vault.typeOfName(name).map(type -> !sameKind(type, stored.mediaType())).orElse(false);
        return transactions.inTransaction(() -> {
            SettledCases.requireOpen(cases.require(reference));
            Instant now = now();
            String who = actor.get().name();
            Optional<EvidenceItem> existing = evidence.find(reference, stored.sha256());
            if (existing.isPresent()) {
                evidence.append(new CustodyEvent(existing.get().id(), 0, CustodyAction.ADDED_AGAIN, who, now, why,
                        null, name));
                return new Added(existing.get(), true);
            }
            EvidenceItem item = evidence.insert(new EvidenceItem(0, reference, stored.sha256(), stored.size(),
                    stored.mediaType(), mismatch, name, from, why, who, now, EvidenceState.INTACT));
            evidence.append(new CustodyEvent(item.id(), 0, CustodyAction.IMPORTED, who, now, why, null, from));
            trail.record(AuditAction.EVIDENCE_ADDED, reference, List.of(
                    new FieldChange("evidence", null, Long.toString(item.id())),
                    new FieldChange("name", null, name), new FieldChange("sha256", null, item.sha256()),
                    new FieldChange("size", null, Long.toString(item.size()))), why);
            return new Added(item, false);
        });
    }

    /** The case's items, oldest first. */
    public List<EvidenceItem> list(CaseReference reference) {
        access.require(UseCase.EVIDENCE_LIST, reference);
        return transactions.read(() -> {
            cases.require(reference);
            return evidence.list(reference);
        });
    }

    /**
     * An item's chain of custody, in order. Asked by the item's number alone, so the role is checked first and the
     * case after: an item of a case a reviewer is not assigned to is, for them, no item at all.
     */
    public List<CustodyEvent> custody(long itemId) {
        access.require(UseCase.EVIDENCE_CUSTODY, null);
        String onlyAssignedTo = access.onlyCasesAssignedTo();
        return transactions.read(() -> {
            requireVisible(itemId, onlyAssignedTo);
            return evidence.custody(itemId);
        });
    }

    public static final int MAX_NOTE = 10_000;
    public static final int MAX_TAGS = 20;
    public static final int MAX_TAG = 50;

    /**
     * Annotates an item: a legal reviewer on the cases assigned to them, or a DPO. Asked by the item's number, so the
     * role is checked first and the case after (for a reviewer, an item of another case is no item). A settled case's
     * evidence takes no more notes. Recorded in the audit trail.
     */
    public Annotation annotate(long itemId, String text, Annotation.Anchor anchor, List<String> tags,
            boolean privileged) {
        access.require(UseCase.EVIDENCE_ANNOTATE, null);
        String onlyAssignedTo = access.onlyCasesAssignedTo();
        String note = text == null ? "" : text.strip();
        List<String> cleanTags = EvidenceInput.validateNote(note, anchor, tags == null ? List.of() : tags);
        return transactions.inTransaction(() -> {
            EvidenceItem item = requireVisible(itemId, onlyAssignedTo);
            SettledCases.requireOpen(cases.require(item.caseReference()));
            Annotation stored = evidence.annotate(new Annotation(0, itemId, actor.get().name(), now(), note, anchor,
                    cleanTags, privileged));
            trail.record(AuditAction.EVIDENCE_ANNOTATED, item.caseReference(), List.of(
                    new FieldChange("evidence", null, Long.toString(itemId)),
                    new FieldChange("annotation", null, Long.toString(stored.id())),
                    new FieldChange("privileged", null, privileged ? "yes" : "no")), null);
            return stored;
        });
    }

    /** An item's annotations, oldest first (for a reviewer, only on the cases assigned to them). */
    public List<Annotation> annotations(long itemId) {
        access.require(UseCase.EVIDENCE_ANNOTATIONS, null);
        String onlyAssignedTo = access.onlyCasesAssignedTo();
        return transactions.read(() -> {
            requireVisible(itemId, onlyAssignedTo);
            return evidence.annotations(itemId);
        });
    }

    /**
     * Edits a note: its author writes a new version (the text, tags and privilege; the anchor stays), which replaces
     * the version shown; the earlier versions stay, in order, with who wrote each and when. Only the current version
     * is edited (one edited meanwhile elsewhere is refused, not overwritten). Recorded in the audit trail.
     */
    public Annotation editAnnotation(long annotationId, String text, List<String> tags, boolean privileged) {
        access.require(UseCase.EVIDENCE_ANNOTATION_EDIT, null);
        String onlyAssignedTo = access.onlyCasesAssignedTo();
        String note = text == null ? "" : text.strip();
        return transactions.inTransaction(() -> {
            Annotation current = evidence.annotation(annotationId)
                    .orElseThrow(() -> new NotFoundException("annotation.not-found", Long.toString(annotationId)));
            EvidenceItem item = requireVisible(current.itemId(), onlyAssignedTo);
            List<String> cleanTags = EvidenceInput.validateNote(note, current.anchor(),
                    tags == null ? List.of() : tags);
            SettledCases.requireOpen(cases.require(item.caseReference()));
            String who = actor.get().name();
            if (!current.author().equals(who)) {
                throw new RuleViolationException("annotation.not-author", current.author());
            }
            if (evidence.replaced(annotationId)) {
                throw new RuleViolationException("annotation.replaced", Long.toString(annotationId));
            }
            Annotation stored = evidence.annotate(new Annotation(0, current.itemId(), who, now(), note,
                    current.anchor(), cleanTags, privileged, annotationId));
            trail.record(AuditAction.EVIDENCE_ANNOTATION_EDITED, item.caseReference(), List.of(
                    new FieldChange("evidence", null, Long.toString(item.id())),
                    new FieldChange("annotation", Long.toString(annotationId), Long.toString(stored.id())),
                    new FieldChange("privileged", current.privileged() ? "yes" : "no", privileged ? "yes" : "no")),
                    null);
            return stored;
        });
    }

    /** Every version of a note, oldest first (the last is the current one). */
    public List<Annotation> annotationHistory(long annotationId) {
        access.require(UseCase.EVIDENCE_ANNOTATION_HISTORY, null);
        String onlyAssignedTo = access.onlyCasesAssignedTo();
        return transactions.read(() -> {
            Annotation asked = evidence.annotation(annotationId)
                    .orElseThrow(() -> new NotFoundException("annotation.not-found", Long.toString(annotationId)));
            requireVisible(asked.itemId(), onlyAssignedTo);
            List<Annotation> all = evidence.annotationVersions(asked.itemId());
            java.util.Map<Long, Annotation> byId = new java.util.HashMap<>();
            java.util.Map<Long, Annotation> byReplaced = new java.util.HashMap<>();
            for (Annotation version : all) {
                byId.put(version.id(), version);
                if (version.edited()) {
                    byReplaced.put(version.replaces(), version);
                }
            }
            Annotation first = asked;
            while (first.edited() && byId.containsKey(first.replaces())) {
                first = byId.get(first.replaces());
            }
            List<Annotation> chain = new ArrayList<>();
            for (Annotation at = first; at != null; at = byReplaced.get(at.id())) {
                chain.add(at);
            }
            return chain;
        });
    }

    /** The notes on every item of the case, in their current versions. */
    public List<Annotation> caseAnnotations(CaseReference reference) {
        access.require(UseCase.EVIDENCE_CASE_ANNOTATIONS, reference);
        return transactions.read(() -> {
            cases.require(reference);
            return evidence.caseAnnotations(reference);
        });
    }

    /** What verifying an item found. */
    public record Verified(EvidenceItem item, Optional<String> actualSha256) {
        public boolean matches() {
            return actualSha256.isPresent() && actualSha256.get().equals(item.sha256());
        }
    }

    /**
     * Reads every stored file of the case ({@code null}: of the workspace) again and compares its hash; each check is
     * a custody event, and a file changed or gone marks its item (and is recorded in the audit trail) until a later
     * check finds it whole again. Disposed items are left out.
     */
    public List<Verified> verify(CaseReference reference) {
        access.require(UseCase.EVIDENCE_VERIFY, reference);
        List<EvidenceItem> items = transactions.read(() -> reference == null ? evidence.all()
                : evidence.list(reference));
        List<Verified> results = new ArrayList<>();
        for (EvidenceItem item : items) {
            if (item.state() != EvidenceState.DISPOSED) {
                results.add(check(item, false, null));
            }
        }
        return results;
    }

    /**
     * Opens an item to look at it: its file is read again and compared with its hash first (a change or a loss marks
     * the item, as verification does), and the look is a custody event with its purpose. The caller shows the file
     * only after this, and shows the item's state with it.
     */
    public Verified view(long itemId, String purpose) {
        access.require(UseCase.EVIDENCE_VIEW, null);
        String onlyAssignedTo = access.onlyCasesAssignedTo();
        String why = blankToNull(purpose);
        EvidenceItem item = transactions.read(() -> requireVisible(itemId, onlyAssignedTo));
        if (item.state() == EvidenceState.DISPOSED) {
            throw new ValidationException("evidence", "evidence.disposed", Long.toString(itemId));
        }
        return check(item, true, why);
    }

    /**
     * Reads the item's file again and records what it found: a verification, or (when {@code viewing}) a view, as a
     * custody event; a change of state marks the item, and a file changed or gone is recorded in the audit trail.
     */
    private Verified check(EvidenceItem item, boolean viewing, String purpose) {
        // read outside any transaction: a large file takes its time
        Optional<String> now = vault.hashNow(item.sha256());
        Verified verified = new Verified(item, now);
        EvidenceState state = verified.matches() ? EvidenceState.INTACT
                : now.isEmpty() ? EvidenceState.MISSING : EvidenceState.ALTERED;
        transactions.inTransaction(() -> {
            String who = actor.get().name();
            Instant at = now();
            if (!verified.matches()) {
                evidence.append(new CustodyEvent(item.id(), 0, CustodyAction.VERIFICATION_FAILED, who, at, null, null,
                        now.orElse("missing")));
            }
            if (viewing) {
                evidence.append(new CustodyEvent(item.id(), 0, CustodyAction.VIEWED, who, at, purpose, null, null));
            } else if (verified.matches()) {
                evidence.append(new CustodyEvent(item.id(), 0, CustodyAction.VERIFIED, who, at, null, null,
                        now.get()));
            }
            recordState(item, state);
            return null;
        });
        return new Verified(item.withState(state), now);
    }

    /** Marks the item with what a check found; a file changed or gone is recorded in the audit trail. */
    private void recordState(EvidenceItem item, EvidenceState state) {
        if (state == item.state()) {
            return;
        }
        evidence.setState(item.id(), state);
        if (state != EvidenceState.INTACT) {
            trail.record(AuditAction.EVIDENCE_ALTERED, item.caseReference(), List.of(
                    new FieldChange("evidence", null, Long.toString(item.id())),
                    new FieldChange("state", item.state().code(), state.code())), null);
        }
    }

    /**
     * Disposes of an item (a DPO's decision, with its reason): the item stays as a tombstone with its hash, its custody
     * and its notes, and its file is removed from the vault unless another item still keeps the same file. Allowed on
     * a settled case too: disposal at the end of a retention period is what it is for.
     */
    public EvidenceItem dispose(long itemId, String reason) {
        access.require(UseCase.EVIDENCE_DISPOSE, null);
        String why = blankToNull(reason);
        if (why == null) {
            throw new ValidationException("reason", "validation.required");
        }
        EvidenceInput.validate("-", null, why);
        EvidenceItem disposed = transactions.inTransaction(() -> {
            EvidenceItem item = require(itemId);
            if (item.state() == EvidenceState.DISPOSED) {
                throw new ValidationException("evidence", "evidence.disposed", Long.toString(itemId));
            }
            evidence.setState(itemId, EvidenceState.DISPOSED);
            evidence.append(new CustodyEvent(itemId, 0, CustodyAction.DISPOSED, actor.get().name(), now(), why,
                    null, item.sha256()));
            trail.record(AuditAction.EVIDENCE_DISPOSED, item.caseReference(), List.of(
                    new FieldChange("evidence", null, Long.toString(itemId)),
                    new FieldChange("sha256", null, item.sha256()),
                    new FieldChange("state", item.state().code(), EvidenceState.DISPOSED.code())), why);
            return item.withState(EvidenceState.DISPOSED);
        });
        // after the commit: a file removed before it could not be brought back if the commit failed
        if (transactions.read(() -> evidence.liveItemsWith(disposed.sha256())) == 0) {
            vault.remove(disposed.sha256());
        }
        return disposed;
    }

    /** What exporting a bundle gave: the bundle, and how many items (tombstones included) it holds. */
    public record Exported(EvidenceBundle.Written bundle, int items) {
    }

    /**
     * Writes the case's evidence into {@code into}: every item with its custody and notes, each file read from the
     * vault and checked against its hash on the way. An item known to be changed or gone blocks the export, and so
     * does a file found changed while it is written (the item is marked, and the bundle discarded by its writer).
     * Each exported item gets a custody event naming the bundle and its recipient.
     */
    public Exported exportBundle(CaseReference reference, EvidenceBundle.Writer into, String recipient,
            String purpose) {
        access.require(UseCase.EVIDENCE_EXPORT, reference);
        String to = blankToNull(recipient);
        String why = blankToNull(purpose);
        EvidenceInput.validateText("recipient", to);
        EvidenceInput.validateText("reason", why);
        List<EvidenceBundle.Entry> entries = transactions.read(() -> {
            cases.require(reference);
            List<EvidenceBundle.Entry> all = new ArrayList<>();
            for (EvidenceItem item : evidence.list(reference)) {
                all.add(new EvidenceBundle.Entry(item, evidence.custody(item.id()),
                        evidence.annotationVersions(item.id())));
            }
            return all;
        });
        List<String> blocked = entries.stream().map(EvidenceBundle.Entry::item)
                .filter(item -> item.state() == EvidenceState.ALTERED || item.state() == EvidenceState.MISSING)
                .map(item -> Long.toString(item.id())).toList();
        if (!blocked.isEmpty()) {
            throw new ValidationException("evidence", "evidence.export-blocked", String.join(", ", blocked));
        }
        for (EvidenceBundle.Entry entry : entries) {
            if (!entry.hasFile()) {
                into.add(entry, null);
                continue;
            }
            EvidenceItem item = entry.item();
            Optional<String> found = copyChecked(item, into, entry);
            if (!found.equals(Optional.of(item.sha256()))) {
                EvidenceState state = found.isEmpty() ? EvidenceState.MISSING : EvidenceState.ALTERED;
                transactions.inTransaction(() -> {
                    evidence.append(new CustodyEvent(item.id(), 0, CustodyAction.VERIFICATION_FAILED,
                            actor.get().name(), now(), why, to, found.orElse("missing")));
                    recordState(item, state);
                    return null;
                });
                throw new ValidationException("evidence", "evidence.export-blocked", Long.toString(item.id()));
            }
        }
        Instant at = now();
        String who = actor.get().name();
        EvidenceBundle.Written written = into.finish(new EvidenceBundle.Header(reference, at, who));
        transactions.inTransaction(() -> {
            for (EvidenceBundle.Entry entry : entries) {
                if (entry.hasFile()) {
                    evidence.append(new CustodyEvent(entry.item().id(), 0, CustodyAction.EXPORTED, who, at, why, to,
                            written.name() + " sha256:" + written.sha256()));
                }
            }
            trail.record(AuditAction.EVIDENCE_EXPORTED, reference, List.of(
                    new FieldChange("items", null, Integer.toString(entries.size())),
                    new FieldChange("bundle", null, written.name()),
                    new FieldChange("sha256", null, written.sha256()),
                    new FieldChange("recipient", null, to)), why);
            return null;
        });
        return new Exported(written, entries.size());
    }

    /** Copies the item's stored file into the bundle while hashing it; the hash found, or empty when it is gone. */
    private Optional<String> copyChecked(EvidenceItem item, EvidenceBundle.Writer into, EvidenceBundle.Entry entry) {
        if (!vault.holds(item.sha256())) {
            return Optional.empty();
        }
        try (Sha256Stream in = new Sha256Stream(vault.open(item.sha256()))) {
            into.add(entry, in);
            return Optional.of(in.hex());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** What importing a bundle gave: the items made, and those the case held already. */
    public record Imported(CaseReference caseReference, List<EvidenceItem> added, List<EvidenceItem> already) {
    }

    /**
     * Takes a bundle's items into a case ({@code target}, or the case the bundle was written from): every file is
     * stored and checked against the bundle's hash before anything is recorded, then every item is recorded with
     * its custody and notes as the bundle gives them, plus a custody event of the transfer, in one transaction. A file
     * that fails its hash, or a failure while recording, leaves nothing behind: the files this import stored are
     * removed again. An item whose file the case holds already is not duplicated; the transfer is noted on it.
     */
    public Imported importBundle(EvidenceBundle.Reader bundle, CaseReference target, String purpose) {
        EvidenceBundle.Header header = bundle.header();
        CaseReference reference = target != null ? target : header.caseReference();
        access.require(UseCase.EVIDENCE_IMPORT_BUNDLE, reference);
        String why = blankToNull(purpose);
        EvidenceInput.validateText("reason", why);
        transactions.read(() -> SettledCases.requireOpen(cases.require(reference)));
        for (EvidenceBundle.Entry entry : bundle.entries()) {
            EvidenceInput.validateEntry(entry);
        }
        List<String> storedHere = new ArrayList<>();
        try {
            for (EvidenceBundle.Entry entry : bundle.entries()) {
                if (!entry.hasFile()) {
                    continue;
                }
                String sha256 = entry.item().sha256();
                boolean held = vault.holds(sha256);
                EvidenceVault.Stored stored;
                try (InputStream in = bundle.open(entry)) {
                    stored = vault.store(in, entry.item().originalName(), bytes -> true);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                if (!stored.sha256().equals(sha256)) {
                    // stored under the hash it has: not evidence of anything unless an item names it already
                    if (transactions.read(() -> evidence.liveItemsWith(stored.sha256())) == 0) {
                        vault.remove(stored.sha256());
                    }
                    throw new ValidationException("bundle", "bundle.hash-mismatch", bundle.identity().name(),
                            Long.toString(entry.item().id()), sha256, stored.sha256());
                }
                if (!held) {
                    storedHere.add(sha256);
                }
            }
            return transactions.inTransaction(() -> record(bundle, header, reference, why));
        } catch (RuntimeException e) {
            for (String sha256 : storedHere) {
                vault.remove(sha256);
            }
            throw e;
        }
    }

    private Imported record(EvidenceBundle.Reader bundle, EvidenceBundle.Header header, CaseReference reference,
            String why) {
        SettledCases.requireOpen(cases.require(reference));
        String who = actor.get().name();
        Instant at = now();
        EvidenceBundle.Written identity = bundle.identity();
        List<EvidenceItem> added = new ArrayList<>();
        List<EvidenceItem> already = new ArrayList<>();
        for (EvidenceBundle.Entry entry : bundle.entries()) {
            EvidenceItem from = entry.item();
            String detail = identity.name() + " sha256:" + identity.sha256() + "; item " + from.id() + " of "
                    + header.caseReference() + ", exported by " + header.exportedBy() + " at " + header.exportedAt();
            Optional<EvidenceItem> existing = evidence.find(reference, from.sha256());
            if (existing.isPresent()) {
                evidence.append(new CustodyEvent(existing.get().id(), 0, CustodyAction.TRANSFERRED, who, at, why, null,
                        detail));
                already.add(existing.get());
                continue;
            }
            EvidenceItem item = evidence.insert(new EvidenceItem(0, reference, from.sha256(), from.size(),
                    from.mediaType(), from.nameMismatch(), from.originalName(), from.source(), from.reason(),
                    from.collectedBy(), from.collectedAt(),
                    entry.hasFile() ? EvidenceState.INTACT : EvidenceState.DISPOSED));
            for (CustodyEvent event : entry.custody()) {
                evidence.append(new CustodyEvent(item.id(), 0, event.action(), event.actor(), event.at(),
                        event.purpose(), event.recipient(), event.detail()));
            }
            evidence.append(new CustodyEvent(item.id(), 0, CustodyAction.TRANSFERRED, who, at, why, null, detail));
            // every version, in order, each edit pointing at the version it replaced as numbered here
            java.util.Map<Long, Long> numbered = new java.util.HashMap<>();
            for (Annotation note : entry.annotations()) {
                long replaces = note.edited() ? numbered.getOrDefault(note.replaces(), 0L) : 0L;
                Annotation stored = evidence.annotate(new Annotation(0, item.id(), note.author(), note.at(),
                        note.text(), note.anchor(), note.tags(), note.privileged(), replaces));
                numbered.put(note.id(), stored.id());
            }
            added.add(item);
        }
        trail.record(AuditAction.EVIDENCE_BUNDLE_IMPORTED, reference, List.of(
                new FieldChange("items", null, Integer.toString(added.size())),
                new FieldChange("from", null, header.caseReference().toString()),
                new FieldChange("bundle", null, identity.name()),
                new FieldChange("sha256", null, identity.sha256())), why);
        return new Imported(reference, added, already);
    }

    /** What reconciling the vault with the items found. */
    public record Reconciliation(List<String> filesWithoutItem, List<EvidenceItem> itemsWithoutFile,
            int leftoversRemoved) {
        public boolean clean() {
            return filesWithoutItem.isEmpty() && itemsWithoutFile.isEmpty();
        }
    }

    /**
     * Compares the vault with the items of every case: a file no item names (an import interrupted after the file was
     * stored, a disposal interrupted before the file was removed, or a file put there by hand), and an item whose
     * file is gone (not disposed of). An item found without its file is marked missing (a custody event, and the
     * audit trail, the first time), as a verification would; a file without an item is reported, never removed.
     * Removes what interrupted imports left in the vault's temporary folder.
     */
    public Reconciliation reconcile() {
        access.require(UseCase.EVIDENCE_RECONCILE, null);
        int removed = vault.removeLeftovers();
        java.util.Set<String> files = vault.stored();
        List<EvidenceItem> items = transactions.read(evidence::all);
        java.util.Set<String> named = new java.util.HashSet<>();
        List<EvidenceItem> withoutFile = new ArrayList<>();
        for (EvidenceItem item : items) {
            if (item.state() == EvidenceState.DISPOSED) {
                continue;
            }
            named.add(item.sha256());
            if (!files.contains(item.sha256())) {
                withoutFile.add(item.withState(EvidenceState.MISSING));
                if (item.state() != EvidenceState.MISSING) {
                    transactions.inTransaction(() -> {
                        evidence.append(new CustodyEvent(item.id(), 0, CustodyAction.VERIFICATION_FAILED,
                                actor.get().name(), now(), null, null, "missing"));
                        recordState(item, EvidenceState.MISSING);
                        return null;
                    });
                }
            }
        }
        List<String> withoutItem = files.stream().filter(file -> !named.contains(file)).sorted().toList();
        return new Reconciliation(withoutItem, withoutFile, removed);
    }

    /**
     * The item, when the acting user may see it: for a reviewer ({@code onlyAssignedTo} their login), an item of a case
     * not assigned to them is no item at all.
     */
    private EvidenceItem requireVisible(long itemId, String onlyAssignedTo) {
        EvidenceItem item = require(itemId);
        if (onlyAssignedTo != null && !assignments.isAssigned(item.caseReference(), onlyAssignedTo)) {
            throw notFound(itemId);
        }
        return item;
    }

    private EvidenceItem require(long itemId) {
        return evidence.find(itemId).orElseThrow(() -> notFound(itemId));
    }

    private static NotFoundException notFound(long itemId) {
        return new NotFoundException("evidence.not-found", Long.toString(itemId));
    }

    /** Whether two media types are of one kind (the same, or both text). */
    private static boolean sameKind(String promised, String found) {
        return promised.equals(found) || promised.startsWith("text/") && found.startsWith("text/");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
