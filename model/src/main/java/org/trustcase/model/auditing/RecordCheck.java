package org.trustcase.model.auditing;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.trustcase.model.assessment.Assessment;
import org.trustcase.model.assessment.AssessmentComparison;
import org.trustcase.model.assessment.AssessmentRepository;
import org.trustcase.model.assessment.DecisionDraft;
import org.trustcase.model.assessment.DecisionRepository;
import org.trustcase.model.assessment.NotificationDecision;
import org.trustcase.model.audit.AuditAction;
import org.trustcase.model.audit.AuditEvent;
import org.trustcase.model.audit.AuditLog;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.common.Problem;
import org.trustcase.model.common.TransactionRunner;
import org.trustcase.model.users.UserDirectory;

/**
 * Checks the records the trail describes against the trail itself: every assessment version and every decision
 * version must hold what the event that recorded it says (an assessment's first version is recorded whole and each
 * later one by what changed; a decision's answers are recorded whole), and no version may exist that no event
 * recorded. A rewritten row whose event was left alone shows here, named by that event. The accounts are checked the
 * same way ({@link AccountCheck}).
 */
public final class RecordCheck {
    private static final int PAGE = 5_000;

    private final AuditLog log;
    private final List<Kind<?>> kinds;
    private final AccountCheck accounts;

    public RecordCheck(AuditLog log, AssessmentRepository assessments, DecisionRepository decisions) {
        this(log, assessments, decisions, null);
    }

    /** The same, and the workspace's accounts ({@code users}; {@code null} for none) checked too. */
    public RecordCheck(AuditLog log, AssessmentRepository assessments, DecisionRepository decisions,
            UserDirectory users) {
        this.log = Objects.requireNonNull(log, "log");
        this.accounts = users == null ? null : new AccountCheck(log, users);
        this.kinds = List.of(
                new Kind<Assessment>(AuditAction.ASSESSMENT_RECORDED, assessments::list, RecordCheck::items,
                        assessments::count, new Codes("audit.verify.record-differs", "audit.verify.record-missing",
                                "audit.verify.record-unrecorded")),
                new Kind<NotificationDecision>(AuditAction.DECISION_RECORDED, decisions::list, RecordCheck::items,
                        decisions::count, new Codes("audit.verify.decision-differs", "audit.verify.decision-missing",
                                "audit.verify.decision-unrecorded")));
    }

    /**
     * What the first record that disagrees with the trail is, with the event it disagrees with; empty when none. Reads
     * in pages, each in a short read transaction of {@code transactions}, so that the window goes on between them.
     */
    public Optional<Finding> firstMismatch(TransactionRunner transactions) {
        for (Kind<?> kind : kinds) {
            Optional<Finding> found = firstMismatch(kind, transactions);
            if (found.isPresent()) {
                return found;
            }
        }
        return accounts == null ? Optional.empty() : accounts.firstMismatch(transactions);
    }

    private <T> Optional<Finding> firstMismatch(Kind<T> kind, TransactionRunner transactions) {
        Replay<T> replay = new Replay<>(kind);
        String afterCase = "";
        long afterSeq = 0;
        while (replay.finding == null) {
            String fromCase = afterCase;
            long fromSeq = afterSeq;
            List<AuditEvent> page = transactions.read(() -> {
                List<AuditEvent> events = log.pageOf(kind.action(), fromCase, fromSeq, PAGE);
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
            long unrecorded = transactions.read(() -> kind.count().getAsLong() - log.count(kind.action()));
            if (unrecorded > 0) {
                return Optional.of(new Finding(0, Problem.of(kind.codes().unrecorded(),
                        Long.toString(unrecorded))));
            }
        }
        return Optional.ofNullable(replay.finding);
    }

    /** The items of an assessment version as its event records them. */
    private static Map<String, String> items(Assessment assessment) {
        Map<String, String> items = new LinkedHashMap<>();
        AssessmentComparison.of(assessment, assessment).differences().forEach(d -> items.put(d.item(), d.right()));
        return items;
    }

    /** The answers of a decision version as its event records them. */
    private static Map<String, String> items(NotificationDecision decision) {
        DecisionDraft draft = decision.decision();
        Map<String, String> items = new LinkedHashMap<>();
        items.put("notifyAuthority", draft.notifyAuthority() ? "yes" : "no");
        items.put("notifySubjects", draft.notifySubjects() ? "yes" : "no");
        items.put("exception", draft.exception() == null ? null : draft.exception().code());
        return items;
    }

    /** A record that disagrees with the trail: the event concerned (0 when none can be named) and what is wrong. */
    public record Finding(long seq, Problem problem) {
    }

    /** One kind of versioned record and the event that records each version. */
    private record Kind<T>(AuditAction action, Function<CaseReference, List<T>> versions,
            Function<T, Map<String, String>> items, LongSupplier count, Codes codes) {
    }

    /** What is reported for a kind of record: a version that differs, one that is missing, ones unrecorded. */
    private record Codes(String differs, String missing, String unrecorded) {
    }

    /** The values the trail gives each item of the current case's records, version after version. */
    private static final class Replay<T> {
        private final Kind<T> kind;
        private String reference;
        private List<T> stored = List.of();
        private final Map<String, String> values = new HashMap<>();
        private int version;
        private Finding finding;

        Replay(Kind<T> kind) {
            this.kind = kind;
        }

        void step(AuditEvent event) {
            if (finding != null || event.caseReference() == null) {
                return;
            }
            if (!event.caseReference().equals(reference)) {
                reference = event.caseReference();
                stored = kind.versions().apply(CaseReference.parse(reference));
                values.clear();
                version = 0;
            }
            version++;
            event.changes().forEach(change -> values.put(change.field(), change.after()));
            if (version > stored.size()) {
                // a version recorded since this case was read: read it again before calling it missing
                stored = kind.versions().apply(CaseReference.parse(reference));
            }
            if (version > stored.size()) {
                finding = new Finding(event.sequence(), Problem.of(kind.codes().missing(),
                        reference, Integer.toString(version)));
                return;
            }
            for (Map.Entry<String, String> item : kind.items().apply(stored.get(version - 1)).entrySet()) {
                String trail = values.get(item.getKey());
                String held = item.getValue();
                boolean bothEmpty = (trail == null || trail.isEmpty()) && (held == null || held.isEmpty());
                if (!bothEmpty && !Objects.equals(trail, held)) {
                    finding = new Finding(event.sequence(), Problem.of(kind.codes().differs(),
                            reference, Integer.toString(version), item.getKey(), String.valueOf(held),
                            String.valueOf(trail), Long.toString(event.sequence())));
                    return;
                }
            }
        }
    }
}
