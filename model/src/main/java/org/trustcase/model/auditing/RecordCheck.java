package org.trustcase.model.auditing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.trustcase.model.assessment.Assessment;
import org.trustcase.model.audit.AuditAction;
import org.trustcase.model.audit.AuditEvent;
import org.trustcase.model.audit.AuditLog;
import org.trustcase.model.assessment.AssessmentComparison;
import org.trustcase.model.assessment.AssessmentRepository;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.common.Problem;
import org.trustcase.model.common.TransactionRunner;

/**
 * Checks the records the trail describes against the trail itself: every assessment version must hold what the event
 * that recorded it says (the trail records a case's first version whole and each later one by what changed), and no
 * version may exist that no event recorded. A rewritten assessment row whose event was left alone shows here, named
 * by that event.
 */
public final class RecordCheck {
    private static final int PAGE = 5_000;

    private final AuditLog log;
    private final AssessmentRepository assessments;

    public RecordCheck(AuditLog log, AssessmentRepository assessments) {
        this.log = Objects.requireNonNull(log, "log");
        this.assessments = Objects.requireNonNull(assessments, "assessments");
    }

    /**
     * What the first record that disagrees with the trail is, with the event it disagrees with; empty when none. Reads
     * in pages, each in a short read transaction of {@code transactions}, so that the window goes on between them.
     */
    public Optional<Finding> firstMismatch(TransactionRunner transactions) {
        Replay replay = new Replay();
        String afterCase = "";
        long afterSeq = 0;
        while (replay.finding == null) {
            String fromCase = afterCase;
            long fromSeq = afterSeq;
            List<AuditEvent> page = transactions.read(() -> {
                List<AuditEvent> events = log.pageOf(AuditAction.ASSESSMENT_RECORDED, fromCase, fromSeq, PAGE);
                events.forEach(replay::step);
                return events;
            });
            if (page.size() < PAGE) {
                break;
            }
            afterCase = page.get(page.size() - 1).caseReference();
            afterSeq = page.get(page.size() - 1).sequence();
        }
        if (replay.finding == null) {
            // both counted in one transaction: versions recorded while the pages were read count on both sides
            long unrecorded = transactions.read(() -> assessments.count() - log.count(AuditAction.ASSESSMENT_RECORDED));
            if (unrecorded > 0) {
                return Optional.of(new Finding(0, Problem.of("audit.verify.record-unrecorded",
                        Long.toString(unrecorded))));
            }
        }
        return Optional.ofNullable(replay.finding);
    }

    /** A record that disagrees with the trail: the event concerned (0 when none can be named) and what is wrong. */
    public record Finding(long seq, Problem problem) {
    }

    /** The values the trail gives each item of the current case's assessment, version after version. */
    private final class Replay {
        private String reference;
        private List<Assessment> stored = List.of();
        private final Map<String, String> values = new HashMap<>();
        private int version;
        private Finding finding;

        void step(AuditEvent event) {
            if (finding != null || event.caseReference() == null) {
                return;
            }
            if (!event.caseReference().equals(reference)) {
                reference = event.caseReference();
                stored = assessments.list(CaseReference.parse(reference));
                values.clear();
                version = 0;
            }
            version++;
            event.changes().forEach(change -> values.put(change.field(), change.after()));
            if (version > stored.size()) {
                // a version recorded since this case was read: read it again before calling it missing
                stored = assessments.list(CaseReference.parse(reference));
            }
            if (version > stored.size()) {
                finding = new Finding(event.sequence(), Problem.of("audit.verify.record-missing",
                        reference, Integer.toString(version)));
                return;
            }
            Assessment record = stored.get(version - 1);
            for (AssessmentComparison.Difference item : AssessmentComparison.of(record, record).differences()) {
                String trail = values.get(item.item());
                String held = item.right();
                boolean bothEmpty = (trail == null || trail.isEmpty()) && (held == null || held.isEmpty());
                if (!bothEmpty && !Objects.equals(trail, held)) {
                    finding = new Finding(event.sequence(), Problem.of("audit.verify.record-differs", reference,
                            Integer.toString(version), item.item(), String.valueOf(held), String.valueOf(trail),
                            Long.toString(event.sequence())));
                    return;
                }
            }
        }
    }
}
