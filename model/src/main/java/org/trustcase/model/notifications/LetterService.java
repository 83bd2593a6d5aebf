package org.trustcase.model.notifications;

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
import org.trustcase.model.caseclocks.ClockSettlement;
import org.trustcase.model.assessment.AssessmentRepository;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.CaseRepository;
import org.trustcase.model.casework.SettledCases;
import org.trustcase.model.common.Actor;
import org.trustcase.model.common.FieldError;
import org.trustcase.model.common.NotFoundException;
import org.trustcase.model.common.RuleViolationException;
import org.trustcase.model.common.TransactionRunner;
import org.trustcase.model.common.ValidationException;
import org.trustcase.model.deadlines.ClockStatus;
import org.trustcase.model.deadlines.DeadlineClock;
import org.trustcase.model.organisation.OrganisationRepository;
import org.trustcase.model.organisation.OrganisationProfile;

/**
 * The communication to data subjects (GDPR Art. 34): the workspace's letter templates, batches of letters prepared
 * for the recipients still pending, and marking a batch sent, which marks its recipients and meets the
 * {@value #DATA_SUBJECTS_RULE} clock. Trustcase writes the letters; it sends none itself.
 */
public final class LetterService {
    /** The clock a batch of letters (or a public communication) meets. */
    public static final String DATA_SUBJECTS_RULE = "GDPR-DS";
    public static final int MAX_NAME = 80;
    public static final int MAX_SUBJECT = 200;
    public static final int MAX_BODY = 20_000;

    private final CaseRepository cases;
    private final LetterTemplateRepository templates;
    private final LetterBatchRepository batches;
    private final RecipientRepository recipients;
    private final OrganisationRepository organisation;
    private final NotificationRepository notifications;
    private final AssessmentRepository assessments;
    private final ClockSettlement clocks;
    private final AuditTrail trail;
    private final TransactionRunner transactions;
    private final AccessControl access;
    private final Clock clock;
    private final Supplier<Actor> actor;

    public LetterService(CaseRepository cases, LetterTemplateRepository templates, LetterBatchRepository batches,
            RecipientRepository recipients, OrganisationRepository organisation, NotificationRepository notifications,
            AssessmentRepository assessments, ClockSettlement clocks, AuditTrail trail, TransactionRunner transactions, AccessControl access,
            Clock clock, Supplier<Actor> actor) {
        this.cases = Objects.requireNonNull(cases, "cases");
        this.templates = Objects.requireNonNull(templates, "templates");
        this.batches = Objects.requireNonNull(batches, "batches");
        this.recipients = Objects.requireNonNull(recipients, "recipients");
        this.organisation = Objects.requireNonNull(organisation, "organisation");
        this.notifications = Objects.requireNonNull(notifications, "notifications");
        this.assessments = Objects.requireNonNull(assessments, "assessments");
        this.clocks = Objects.requireNonNull(clocks, "clocks");
        this.trail = Objects.requireNonNull(trail, "trail");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.access = Objects.requireNonNull(access, "access");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.actor = Objects.requireNonNull(actor, "actor");
    }

    /** The workspace's templates, by name and language. */
    public List<LetterTemplate> templates() {
        access.require(UseCase.LETTER_TEMPLATE_LIST, null);
        return transactions.read(templates::all);
    }

    /**
     * Saves a template after checking it: a name, a language letters are written in, a subject line and a body within
     * their lengths, plain text, and only merge fields Trustcase knows (each unknown one named with its line).
     */
    public LetterTemplate saveTemplate(LetterTemplate template) {
        access.require(UseCase.LETTER_TEMPLATE_SAVE, null);
        List<FieldError> errors = new ArrayList<>();
        if (template.name().isBlank()) {
            errors.add(new FieldError("name", "validation.required"));
        }
        org.trustcase.model.common.TextFields.line(errors, "name", template.name().strip(), MAX_NAME);
        if (!RecipientService.LANGUAGES.contains(template.language().strip())) {
            errors.add(new FieldError("language", "recipients.language-unknown", template.language(),
                    String.join(", ", RecipientService.LANGUAGES)));
        }
        if (template.subject().isBlank()) {
            errors.add(new FieldError("subject", "validation.required"));
        }
        org.trustcase.model.common.TextFields.line(errors, "subject", template.subject(), MAX_SUBJECT);
        if (template.body().isBlank()) {
            errors.add(new FieldError("body", "validation.required"));
        }
        org.trustcase.model.common.TextFields.text(errors, "body", template.body(), MAX_BODY);
        for (String part : List.of("subject", "body")) {
            String text = part.equals("subject") ? template.subject() : template.body();
            for (MergeFields.Use use : MergeFields.uses(text)) {
                if (!MergeFields.isKnown(use.name())) {
                    errors.add(new FieldError(part, "letters.field-unknown", use.name(), use.line()));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        LetterTemplate saved = template.savedBy(actor.get().name(), clock.instant());
        return transactions.inTransaction(() -> {
            LetterTemplate before = templates.find(saved.name(), saved.language()).orElse(null);
            List<FieldChange> changes = new ArrayList<>();
            changes.add(new FieldChange("template", null, saved.name() + " (" + saved.language() + ")"));
            change(changes, "kind", before == null ? null : before.kind().code(), saved.kind().code());
            change(changes, "subject", before == null ? null : before.subject(), saved.subject());
            change(changes, "body", before == null ? null : before.body(), saved.body());
            if (changes.size() > 1) {
                templates.put(saved);
                trail.record(AuditAction.LETTER_TEMPLATE_SAVED, null, changes, null);
            }
            return saved;
        });
    }

    /**
     * A legal reviewer's approval of the template's current version (four eyes: not by the person who saved it). A
     * later change of the template needs a new approval; batches record whether theirs was approved.
     */
    public LetterTemplate approveTemplate(String name, String language) {
        access.require(UseCase.LETTER_TEMPLATE_APPROVE, null);
        Instant now = clock.instant();
        String who = actor.get().name();
        return transactions.inTransaction(() -> {
            LetterTemplate template = templates.find(name, language)
                    .orElseThrow(() -> new NotFoundException("letters.template-not-found", name + " (" + language + ")"));
            if (template.approved()) {
                throw new RuleViolationException("letters.already-approved", name, language, template.approvedBy());
            }
            if (who.equals(template.updatedBy())) {
                throw new RuleViolationException("letters.approve-own", name, language, who);
            }
            LetterTemplate approved = template.approvedBy(who, now);
            templates.put(approved);
            trail.record(AuditAction.LETTER_TEMPLATE_APPROVED, null, List.of(new FieldChange("template", null,
                    name + " (" + language + ")")), null);
            return approved;
        });
    }

    private static void change(List<FieldChange> changes, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(field, before, after));
        }
    }

    /** The case, the organisation and the draft's words, which letters are filled from. */
    public LetterContext context(CaseReference reference) {
        access.require(UseCase.LETTER_CONTEXT, reference);
        return transactions.read(() -> {
            BreachCase c = cases.require(reference);
            OrganisationProfile profile = organisation.load().orElse(OrganisationProfile.EMPTY);
            AuthorityDraft draft = notifications.draft(reference)
                    .orElseGet(() -> AuthorityDrafts.prefilled(c, assessments));
            return new LetterContext(c, profile, draft);
        });
    }

    /**
     * Prepares a batch of letters from the template {@code name}: every recipient still pending joins it (leaving an
     * earlier batch not yet sent). A public communication's batch has no recipients.
     */
    public LetterBatch prepare(CaseReference reference, String name) {
        access.require(UseCase.LETTER_PREPARE, reference);
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            SettledCases.requireOpen(cases.require(reference));
            LetterTemplate template = templates.all().stream().filter(t -> t.name().equals(name)).findFirst()
                    .orElseThrow(() -> new NotFoundException("letters.template-not-found", name));
            LetterBatch batch = new LetterBatch(0, reference, template.name(), template.kind(), 0,
                    actor.get().name(), now, null, null);
            long id = batches.addBatch(batch);
            long count = template.kind() == LetterKind.PUBLIC ? 0 : recipients.assignBatch(reference, id);
            if (template.kind() == LetterKind.DATA_SUBJECT && count == 0) {
                throw new RuleViolationException("letters.no-pending-recipients", reference.toString());
            }
            batches.setRecipients(reference, id, count);
            String approvals = String.join(", ", templates.all().stream().filter(t -> t.name().equals(name))
                    .map(t -> t.language() + ": " + (t.approved() ? t.approvedBy() : "-")).toList());
            trail.record(AuditAction.LETTERS_PREPARED, reference, List.of(new FieldChange("batch", null,
                    Long.toString(id)), new FieldChange("template", null, template.name()),
                    new FieldChange("recipients", null, Long.toString(count)),
                    new FieldChange("approvedBy", null, approvals)), null);
            return new LetterBatch(id, reference, template.name(), template.kind(), count, batch.preparedBy(), now,
                    null, null);
        });
    }

    /** The batch's recipients in import order, from after {@code afterId}, at most {@code limit}. */
    public List<Recipient> batchRecipients(CaseReference reference, long batchId, long afterId, int limit) {
        access.require(UseCase.LETTER_BATCH_RECIPIENTS, reference);
        return transactions.read(() -> {
            requireBatch(reference, batchId);
            return recipients.pageOfBatch(reference, batchId, afterId, Math.max(1, Math.min(limit, 10_000)));
        });
    }

    /** The case's batches, the latest first. */
    public List<LetterBatch> batches(CaseReference reference) {
        access.require(UseCase.LETTER_BATCH_LIST, reference);
        return transactions.read(() -> {
            cases.require(reference);
            return batches.batches(reference);
        });
    }

    /**
     * Marks the batch sent at {@code at} by {@code channel}: its recipients still pending become sent, and the
     * {@value #DATA_SUBJECTS_RULE} clock, when running, is met — a late one needs the reason for the delay.
     */
    public LetterBatch markSent(CaseReference reference, long batchId, Instant at, String channel, String delayReason) {
        access.require(UseCase.LETTER_MARK_SENT, reference);
        Instant now = clock.instant();
        List<FieldError> errors = new ArrayList<>();
        if (at == null) {
            errors.add(new FieldError("at", "validation.required"));
        } else if (at.isAfter(now)) {
            errors.add(new FieldError("at", "validation.in-future", at));
        }
        if (channel == null || channel.isBlank()) {
            errors.add(new FieldError("channel", "validation.required"));
        } else {
            org.trustcase.model.common.TextFields.line(errors, "channel", channel, NotificationService.MAX_LINE);
        }
        org.trustcase.model.common.TextFields.text(errors, "delayReason", delayReason, NotificationService.MAX_TEXT);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Instant sentAt = at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        String reason = delayReason == null || delayReason.isBlank() ? null : delayReason.strip();
        return transactions.inTransaction(() -> {
            BreachCase c = SettledCases.requireOpen(cases.require(reference));
            LetterBatch batch = requireBatch(reference, batchId);
            if (batch.sent()) {
                throw new RuleViolationException("letters.batch-sent", Long.toString(batchId), batch.sentAt());
            }
            if (c.details().awareAt() != null && sentAt.isBefore(c.details().awareAt())) {
                throw new ValidationException("at", "notification.before-aware", sentAt, c.details().awareAt());
            }
            DeadlineClock running = clocks.clocks(c, now).stream()
                    .filter(k -> k.rule().id().equals(DATA_SUBJECTS_RULE))
                    .filter(k -> k.status() == ClockStatus.RUNNING || k.status() == ClockStatus.OVERDUE)
                    .findFirst().orElse(null);
            if (running != null) {
                clocks.meet(c, DATA_SUBJECTS_RULE, sentAt, reason, now);
            }
            long marked = recipients.markBatchSent(reference, batchId, sentAt, channel.strip());
            batches.markBatchSent(reference, batchId, sentAt, channel.strip());
            List<FieldChange> fields = new ArrayList<>(List.of(new FieldChange("batch", null, Long.toString(batchId)),
                    new FieldChange("sentAt", null, sentAt.toString()),
                    new FieldChange("channel", null, channel.strip()),
                    new FieldChange("recipients", null, Long.toString(marked))));
            if (running != null) {
                fields.add(new FieldChange("rulesMet", null, DATA_SUBJECTS_RULE));
            }
            trail.record(AuditAction.LETTERS_SENT, reference, fields, running != null && running.dueAt() != null
                    && sentAt.isAfter(running.dueAt()) ? reason : null);
            return requireBatch(reference, batchId);
        });
    }

    private LetterBatch requireBatch(CaseReference reference, long batchId) {
        cases.require(reference);
        return batches.findBatch(reference, batchId)
                .orElseThrow(() -> new NotFoundException("letters.batch-not-found", Long.toString(batchId),
                        reference.toString()));
    }
}
