package org.trustcase.model.tasks;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.trustcase.model.access.AccessControl;
import org.trustcase.model.access.UseCase;
import org.trustcase.model.audit.AuditAction;
import org.trustcase.model.audit.AuditTrail;
import org.trustcase.model.audit.FieldChange;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.CaseRepository;
import org.trustcase.model.casework.SettledCases;
import org.trustcase.model.common.Actor;
import org.trustcase.model.common.NotFoundException;
import org.trustcase.model.common.PlainText;
import org.trustcase.model.common.RuleViolationException;
import org.trustcase.model.common.TransactionRunner;
import org.trustcase.model.common.ValidationException;
import org.trustcase.model.evidence.EvidenceRepository;

/**
 * Investigation notes: written on a case, referring to its evidence items, edited by their author as new versions
 * (the earlier ones stay, and the audit trail says who changed what). Every change is audited in its transaction.
 */
public final class NoteService {
    public static final int MAX_TEXT = 20_000;
    public static final int MAX_EVIDENCE = 50;

    private final CaseRepository cases;
    private final NoteRepository notes;
    private final EvidenceRepository evidence;
    private final AuditTrail trail;
    private final TransactionRunner transactions;
    private final AccessControl access;
    private final Clock clock;
    private final Supplier<Actor> actor;

    public NoteService(CaseRepository cases, NoteRepository notes, EvidenceRepository evidence, AuditTrail trail,
            TransactionRunner transactions, AccessControl access, Clock clock, Supplier<Actor> actor) {
        this.cases = Objects.requireNonNull(cases, "cases");
        this.notes = Objects.requireNonNull(notes, "notes");
        this.evidence = Objects.requireNonNull(evidence, "evidence");
        this.trail = Objects.requireNonNull(trail, "trail");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.access = Objects.requireNonNull(access, "access");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.actor = Objects.requireNonNull(actor, "actor");
    }

    /** Writes a note on the case; each evidence item it names must be the case's. */
    public CaseNote add(CaseReference reference, String text, List<Long> evidenceIds) {
        access.require(UseCase.NOTE_ADD, reference);
        String clean = check(text, evidenceIds);
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            SettledCases.requireOpen(cases.require(reference));
            requireEvidenceOf(reference, evidenceIds);
            CaseNote note = new CaseNote(0, reference, clean, distinct(evidenceIds), actor.get().name(), now, 0);
            note = note.withId(notes.add(note));
            trail.record(AuditAction.NOTE_ADDED, reference, List.of(new FieldChange("note", null,
                    Long.toString(note.id())), new FieldChange("text", null, clean)), null);
            return note;
        });
    }

    /** A new version of the note, by its author; only the current version is edited. */
    public CaseNote edit(long noteId, String text, List<Long> evidenceIds) {
        // asked by the note's number: the role decides here, the note's case is read in the use case
        access.require(UseCase.NOTE_EDIT, null);
        String clean = check(text, evidenceIds);
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            CaseNote before = notes.find(noteId).orElseThrow(() -> new NotFoundException("note.not-found",
                    Long.toString(noteId)));
            SettledCases.requireOpen(cases.require(before.caseReference()));
            if (notes.replaced(noteId)) {
                throw new RuleViolationException("note.not-current", Long.toString(noteId));
            }
            String who = actor.get().name();
            if (!who.equals(before.author())) {
                throw new RuleViolationException("note.not-author", Long.toString(noteId), before.author());
            }
            requireEvidenceOf(before.caseReference(), evidenceIds);
            CaseNote after = new CaseNote(0, before.caseReference(), clean, distinct(evidenceIds), who, now, noteId);
            after = after.withId(notes.add(after));
            trail.record(AuditAction.NOTE_EDITED, before.caseReference(), List.of(new FieldChange("note",
                    Long.toString(noteId), Long.toString(after.id())), new FieldChange("text", before.text(),
                    clean)), null);
            return after;
        });
    }

    /** The case's notes as they stand, oldest first. */
    public List<CaseNote> list(CaseReference reference) {
        access.require(UseCase.NOTE_LIST, reference);
        return transactions.read(() -> {
            cases.require(reference);
            return notes.current(reference);
        });
    }

    private static String check(String text, List<Long> evidenceIds) {
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty()) {
            throw new ValidationException("text", "validation.required");
        }
        if (clean.length() > MAX_TEXT) {
            throw new ValidationException("text", "validation.too-long", clean.length(), MAX_TEXT);
        }
        PlainText.forbiddenInText(clean).ifPresent(c -> {
            throw new ValidationException("text", "validation.forbidden-character", PlainText.name(c));
        });
        if (evidenceIds.size() > MAX_EVIDENCE) {
            throw new ValidationException("evidence", "note.too-many-items", evidenceIds.size(), MAX_EVIDENCE);
        }
        return clean;
    }

    private void requireEvidenceOf(CaseReference reference, List<Long> evidenceIds) {
        for (long id : evidenceIds) {
            boolean ofTheCase = evidence.find(id).map(item -> item.caseReference().equals(reference)).orElse(false);
            if (!ofTheCase) {
                throw new ValidationException("evidence", "note.evidence-not-of-case", id, reference.toString());
            }
        }
    }

    private static List<Long> distinct(List<Long> ids) {
        return new ArrayList<>(new java.util.LinkedHashSet<>(ids));
    }
}
