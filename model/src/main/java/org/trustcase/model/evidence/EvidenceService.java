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
        validate(name, from, why);
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
        List<String> cleanTags = validateNote(note, anchor, tags == null ? List.of() : tags);
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

    private static List<String> validateNote(String note, Annotation.Anchor anchor, List<String> tags) {
        List<FieldError> errors = new ArrayList<>();
        if (note.isEmpty()) {
            errors.add(new FieldError("text", "validation.required"));
        } else if (note.length() > MAX_NOTE) {
            errors.add(new FieldError("text", "validation.too-long", note.length(), MAX_NOTE));
        } else {
            PlainText.forbiddenInText(note).ifPresent(c -> errors.add(new FieldError("text",
                    "validation.forbidden-character", PlainText.name(c))));
        }
        if (anchor instanceof Annotation.Region region) {
            if (region.page() < 1) {
                errors.add(new FieldError("page", "evidence.page-from-one"));
            }
            if (region.x() < 0 || region.y() < 0 || !(region.width() > 0) || !(region.height() > 0)
                    || !Double.isFinite(region.x() + region.y() + region.width() + region.height())) {
                errors.add(new FieldError("rect", "evidence.rect-invalid"));
            }
        } else if (anchor instanceof Annotation.Quote quote) {
            if (quote.text().isBlank()) {
                errors.add(new FieldError("quote", "validation.required"));
            } else if (quote.text().length() > MAX_TEXT) {
                errors.add(new FieldError("quote", "validation.too-long", quote.text().length(), MAX_TEXT));
            }
        } else if (anchor == null) {
            errors.add(new FieldError("anchor", "validation.required"));
        }
        List<String> clean = new ArrayList<>();
        for (String tag : tags) {
            String t = tag == null ? "" : tag.strip();
            if (t.isEmpty() || t.length() > MAX_TAG || PlainText.forbiddenInLine(t).isPresent()) {
                errors.add(new FieldError("tag", "evidence.tag-invalid", t, MAX_TAG));
            } else if (!clean.contains(t)) {
                clean.add(t);
            }
        }
        if (clean.size() > MAX_TAGS) {
            errors.add(new FieldError("tag", "evidence.too-many-tags", MAX_TAGS));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return clean;
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
            if (item.state() == EvidenceState.DISPOSED) {
                continue;
            }
            // read outside any transaction: a large file takes its time
            Optional<String> now = vault.hashNow(item.sha256());
            Verified verified = new Verified(item, now);
            EvidenceState state = verified.matches() ? EvidenceState.INTACT
                    : now.isEmpty() ? EvidenceState.MISSING : EvidenceState.ALTERED;
            transactions.inTransaction(() -> {
                String who = actor.get().name();
                Instant at = now();
                evidence.append(new CustodyEvent(item.id(), 0, verified.matches() ? CustodyAction.VERIFIED
                        : CustodyAction.VERIFICATION_FAILED, who, at, null, null, now.orElse("missing")));
                if (state != item.state()) {
                    evidence.setState(item.id(), state);
                    if (state != EvidenceState.INTACT) {
                        trail.record(AuditAction.EVIDENCE_ALTERED, item.caseReference(), List.of(
                                new FieldChange("evidence", null, Long.toString(item.id())),
                                new FieldChange("state", item.state().code(), state.code())), null);
                    }
                }
                return null;
            });
            results.add(new Verified(item.withState(state), now));
        }
        return results;
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
     * stored, or a file put there by hand), and an item whose file is gone (not disposed of). Removes what interrupted
     * imports left in the vault's temporary folder. Reports; changes no item (verification marks them).
     */
    public Reconciliation reconcile() {
        access.require(UseCase.EVIDENCE_RECONCILE, null);
        int removed = vault.removeLeftovers();
        java.util.Set<String> files = vault.stored();
        List<EvidenceItem> items = transactions.read(evidence::all);
        java.util.Set<String> named = new java.util.HashSet<>();
        List<EvidenceItem> withoutFile = new ArrayList<>();
        for (EvidenceItem item : items) {
            named.add(item.sha256());
            if (item.state() != EvidenceState.DISPOSED && !files.contains(item.sha256())) {
                withoutFile.add(item);
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

    private static void validate(String name, String source, String reason) {
        List<FieldError> errors = new ArrayList<>();
        if (name.isEmpty()) {
            errors.add(new FieldError("name", "validation.required"));
        } else if (name.length() > MAX_NAME) {
            errors.add(new FieldError("name", "validation.too-long", name.length(), MAX_NAME));
        } else {
            PlainText.forbiddenInLine(name).ifPresent(c -> errors.add(new FieldError("name",
                    "validation.forbidden-character", PlainText.name(c))));
        }
        for (String[] field : new String[][] {{"source", source}, {"reason", reason}}) {
            if (field[1] != null && field[1].length() > MAX_TEXT) {
                errors.add(new FieldError(field[0], "validation.too-long", field[1].length(), MAX_TEXT));
            } else if (field[1] != null) {
                PlainText.forbiddenInText(field[1]).ifPresent(c -> errors.add(new FieldError(field[0],
                        "validation.forbidden-character", PlainText.name(c))));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
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
