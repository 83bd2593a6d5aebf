package org.trustcase.model.timeline;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.trustcase.model.audit.AuditAction;

/**
 * Which audited actions of a case are lines of its timeline, and of what kind. Left out: refusals and the
 * workspace's own events, and the recording of a fact or past event, which shows as the fact itself at its time.
 */
final class AuditedKinds {
    private static final Map<AuditAction, TimelineKind> KINDS = new EnumMap<>(AuditAction.class);

    static {
        put(TimelineKind.CASE, AuditAction.CASE_CREATED, AuditAction.CASE_UPDATED, AuditAction.CASE_ASSIGNED,
                AuditAction.CASE_UNASSIGNED);
        put(TimelineKind.STATUS, AuditAction.CASE_STATUS_CHANGED);
        put(TimelineKind.ASSESSMENT, AuditAction.ASSESSMENT_RECORDED);
        put(TimelineKind.DECISION, AuditAction.DECISION_RECORDED, AuditAction.DECISION_SIGNED_OFF);
        put(TimelineKind.DEADLINE, AuditAction.CASE_FLAGS_CHANGED, AuditAction.CLOCK_MET, AuditAction.CLOCK_WAIVED,
                AuditAction.CLOCK_OUTCOME_CORRECTED);
        put(TimelineKind.EVIDENCE, AuditAction.EVIDENCE_ADDED, AuditAction.EVIDENCE_ANNOTATED,
                AuditAction.EVIDENCE_ANNOTATION_EDITED, AuditAction.EVIDENCE_ALTERED, AuditAction.EVIDENCE_DISPOSED,
                AuditAction.EVIDENCE_EXPORTED, AuditAction.EVIDENCE_BUNDLE_IMPORTED);
        put(TimelineKind.TASK, AuditAction.TASK_ADDED, AuditAction.TASK_STATUS_CHANGED, AuditAction.PLAYBOOK_APPLIED);
        put(TimelineKind.NOTE, AuditAction.NOTE_ADDED, AuditAction.NOTE_EDITED);
        put(TimelineKind.NOTIFICATION, AuditAction.RECIPIENTS_IMPORTED, AuditAction.RECIPIENT_STATUSES_UPDATED,
                AuditAction.AUTHORITY_DRAFT_SAVED, AuditAction.NOTIFICATION_RECORDED, AuditAction.LETTERS_PREPARED,
                AuditAction.LETTERS_SENT);
    }

    private AuditedKinds() {
    }

    private static void put(TimelineKind kind, AuditAction... actions) {
        for (AuditAction action : actions) {
            KINDS.put(action, kind);
        }
    }

    static Optional<TimelineKind> of(AuditAction action) {
        return Optional.ofNullable(KINDS.get(action));
    }
}
