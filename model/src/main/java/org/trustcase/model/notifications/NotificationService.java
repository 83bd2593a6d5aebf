package org.trustcase.model.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.trustcase.model.access.AccessControl;
import org.trustcase.model.access.UseCase;
import org.trustcase.model.assessment.AssessmentRepository;
import org.trustcase.model.audit.AuditAction;
import org.trustcase.model.audit.AuditTrail;
import org.trustcase.model.audit.FieldChange;
import org.trustcase.model.caseclocks.ClockSettlement;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.CaseRepository;
import org.trustcase.model.casework.SettledCases;
import org.trustcase.model.common.Actor;
import org.trustcase.model.common.FieldError;
import org.trustcase.model.common.RuleViolationException;
import org.trustcase.model.common.TransactionRunner;
import org.trustcase.model.common.ValidationException;
import org.trustcase.model.deadlines.ClockStatus;
import org.trustcase.model.deadlines.DeadlineClock;

/**
 * The notifications of a case: the draft of the supervisory authority's notification (pre-filled from the case,
 * editable), and every notification recorded as sent — to the authority in phases (GDPR Art. 33(4)), to the
 * controller, the police, a bank, an insurer or anyone else. Recording the authority's initial notification (or the
 * controller's) meets the matching clocks; a late one needs the reason for the delay, which is kept with it.
 */
public final class NotificationService {
    public static final int MAX_LINE = 200;
    public static final int MAX_TEXT = 8_000;
    /** The text as sent may be long (a full form). */
    public static final int MAX_CONTENT = 200_000;

    private final CaseRepository cases;
    private final AssessmentRepository assessments;
    private final NotificationRepository notifications;
    private final ClockSettlement clocks;
    private final AuditTrail trail;
    private final TransactionRunner transactions;
    private final AccessControl access;
    private final Clock clock;
    private final Supplier<Actor> actor;

    public NotificationService(CaseRepository cases, AssessmentRepository assessments,
            NotificationRepository notifications, ClockSettlement clocks, AuditTrail trail,
            TransactionRunner transactions, AccessControl access, Clock clock, Supplier<Actor> actor) {
        this.cases = Objects.requireNonNull(cases, "cases");
        this.assessments = Objects.requireNonNull(assessments, "assessments");
        this.notifications = Objects.requireNonNull(notifications, "notifications");
        this.clocks = Objects.requireNonNull(clocks, "clocks");
        this.trail = Objects.requireNonNull(trail, "trail");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.access = Objects.requireNonNull(access, "access");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.actor = Objects.requireNonNull(actor, "actor");
    }

    /**
     * The saved draft, or one pre-filled from the case: its summary as the nature, its remedial actions as the
     * measures taken, the latest assessment's narrative as the likely consequences, and its kinds of breach as the
     * confidentiality, integrity and availability affected.
     */
    public AuthorityDraft draft(CaseReference reference) {
        access.require(UseCase.AUTHORITY_DRAFT_SHOW, reference);
        return transactions.read(() -> {
            BreachCase c = cases.require(reference);
            return notifications.draft(reference).orElseGet(() -> AuthorityDrafts.prefilled(c, assessments));
        });
    }

    /** Saves the draft after checking its texts; records which fields changed. */
    public AuthorityDraft saveDraft(CaseReference reference, AuthorityDraft draft) {
        access.require(UseCase.AUTHORITY_DRAFT_SAVE, reference);
        List<FieldError> errors = new ArrayList<>();
        org.trustcase.model.common.TextFields.text(errors, "nature", draft.nature(), MAX_TEXT);
        org.trustcase.model.common.TextFields.text(errors, "courseOfEvents", draft.courseOfEvents(), MAX_TEXT);
        org.trustcase.model.common.TextFields.line(errors, "place", draft.place(), MAX_LINE);
        org.trustcase.model.common.TextFields.text(errors, "cause", draft.cause(), MAX_TEXT);
        org.trustcase.model.common.TextFields.text(errors, "consequences", draft.consequences(), MAX_TEXT);
        org.trustcase.model.common.TextFields.text(errors, "measuresTaken", draft.measuresTaken(), MAX_TEXT);
        org.trustcase.model.common.TextFields.text(errors, "measuresProposed", draft.measuresProposed(), MAX_TEXT);
        org.trustcase.model.common.TextFields.text(errors, "otherOrganisations", draft.otherOrganisations(), MAX_TEXT);
        org.trustcase.model.common.TextFields.text(errors, "adviceToSubjects", draft.adviceToSubjects(), MAX_TEXT);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            BreachCase c = SettledCases.requireOpen(cases.require(reference));
            AuthorityDraft before = notifications.draft(reference).orElseGet(() -> AuthorityDrafts.prefilled(c, assessments));
            AuthorityDraft saved = draft.savedBy(actor.get().name(), now);
            List<FieldChange> changes = DraftChanges.between(before, saved);
            if (!changes.isEmpty() || !before.saved()) {
                notifications.putDraft(reference, saved);
                trail.record(AuditAction.AUTHORITY_DRAFT_SAVED, reference, changes, null);
            }
            return saved;
        });
    }

    /**
     * What was sent: to whom, the phase (the authority's notifications only), when and how, the recipient's
     * reference, the reason for a delay, the text as sent and a note.
     */
    public record Notice(NotificationTarget target, String recipientName, NotificationPhase phase, Instant sentAt,
            String channel, String reference, String delayReason, String content, String note) {
        public Notice {
            Objects.requireNonNull(target, "target");
        }
    }

    /**
     * Records a notification as sent. The authority's first is its initial notification, and follow-ups come after
     * it; the initial one (or the controller's notification) meets the clocks of {@link NotificationTarget#rules()}
     * that are running, and when it is later than one of them, the reason for the delay is required.
     */
    public SentNotification record(CaseReference reference, Notice notice) {
        access.require(UseCase.NOTIFICATION_RECORD, reference);
        Instant now = clock.instant();
        Instant at = check(notice, now);
        boolean authority = notice.target() == NotificationTarget.AUTHORITY;
        return transactions.inTransaction(() -> {
            BreachCase c = SettledCases.requireOpen(cases.require(reference));
            if (c.details().awareAt() != null && at.isBefore(c.details().awareAt())) {
                throw new ValidationException("sentAt", "notification.before-aware", at, c.details().awareAt());
            }
            List<SentNotification> earlier = notifications.list(reference);
            boolean hasInitial = earlier.stream().anyMatch(n -> n.phase() == NotificationPhase.INITIAL);
            if (authority && notice.phase() == NotificationPhase.INITIAL && hasInitial) {
                throw new RuleViolationException("notification.initial-twice", reference.toString());
            }
            if (authority && notice.phase() == NotificationPhase.FOLLOW_UP && !hasInitial) {
                throw new RuleViolationException("notification.follow-up-first", reference.toString());
            }
            List<DeadlineClock> toMeet = authority && notice.phase() != NotificationPhase.INITIAL ? List.of()
                    : clocks.clocks(c, now).stream()
                            .filter(k -> notice.target().rules().contains(k.rule().id()))
                            .filter(k -> k.status() == ClockStatus.RUNNING || k.status() == ClockStatus.OVERDUE)
                            .toList();
            String delayReason = blankToNull(notice.delayReason());
            boolean late = false;
            for (DeadlineClock running : toMeet) {
                if (running.dueAt() != null && at.isAfter(running.dueAt())) {
                    late = true;
                    if (delayReason == null) {
                        throw new ValidationException("delayReason", "clock.delay-reason-required",
                                running.rule().id(), at, running.dueAt());
                    }
                }
            }
            for (DeadlineClock running : toMeet) {
                clocks.meet(c, running.rule().id(), at, delayReason, now);
            }
            List<String> met = toMeet.stream().map(k -> k.rule().id()).toList();
            SentNotification stored = new SentNotification(0, reference, notice.target(),
                    blankToNull(notice.recipientName()), authority ? notice.phase() : null, at,
                    notice.channel().strip(), blankToNull(notice.reference()), late ? delayReason : null,
                    blankToNull(notice.content()), blankToNull(notice.note()), met, actor.get().name(), now);
            stored = stored.withId(notifications.add(stored));
            List<FieldChange> fields = new ArrayList<>();
            fields.add(new FieldChange("target", null, notice.target().code()));
            if (stored.phase() != null) {
                fields.add(new FieldChange("phase", null, stored.phase().code()));
            }
            fields.add(new FieldChange("sentAt", null, at.toString()));
            fields.add(new FieldChange("channel", null, stored.channel()));
            if (stored.reference() != null) {
                fields.add(new FieldChange("reference", null, stored.reference()));
            }
            if (!met.isEmpty()) {
                fields.add(new FieldChange("rulesMet", null, String.join(", ", met)));
            }
            trail.record(AuditAction.NOTIFICATION_RECORDED, reference, fields, stored.delayReason());
            return stored;
        });
    }

    private static Instant check(Notice notice, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        if (notice.sentAt() == null) {
            errors.add(new FieldError("sentAt", "validation.required"));
        } else if (notice.sentAt().isAfter(now)) {
            errors.add(new FieldError("sentAt", "validation.in-future", notice.sentAt()));
        }
        if (notice.channel() == null || notice.channel().isBlank()) {
            errors.add(new FieldError("channel", "validation.required"));
        } else {
            org.trustcase.model.common.TextFields.line(errors, "channel", notice.channel(), MAX_LINE);
        }
        if (notice.target() == NotificationTarget.AUTHORITY && notice.phase() == null) {
            errors.add(new FieldError("phase", "validation.required"));
        }
        org.trustcase.model.common.TextFields.line(errors, "recipientName", notice.recipientName(), MAX_LINE);
        org.trustcase.model.common.TextFields.line(errors, "reference", notice.reference(), MAX_LINE);
        org.trustcase.model.common.TextFields.text(errors, "delayReason", notice.delayReason(), MAX_TEXT);
        org.trustcase.model.common.TextFields.text(errors, "note", notice.note(), MAX_TEXT);
        org.trustcase.model.common.TextFields.text(errors, "content", notice.content(), MAX_CONTENT);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return notice.sentAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    /** The case's notifications in the order they were recorded. */
    public List<SentNotification> list(CaseReference reference) {
        access.require(UseCase.NOTIFICATION_LIST, reference);
        return transactions.read(() -> {
            cases.require(reference);
            return notifications.list(reference);
        });
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
