package org.trustcase.model.audit;

import java.util.Objects;
import java.util.Set;
import org.trustcase.model.common.Problem;

/**
 * What verifying the audit trail found: the events read and the hash of the last one; when something is wrong, the
 * first bad event's sequence number and what is wrong with it, as a coded problem ({@code audit.verify.*}).
 */
public record AuditVerification(long events, String headHash, long firstBadSeq, Problem problem) {
    /** The problems of a checkpoint line that cannot be trusted (no event can be named for them). */
    private static final Set<String> CHECKPOINT_PROBLEMS = Set.of("audit.verify.checkpoint-unreadable",
            "audit.verify.checkpoint-forged");

    public AuditVerification {
        Objects.requireNonNull(headHash, "headHash");
    }

    static AuditVerification intact(long events, String headHash) {
        return new AuditVerification(events, headHash, 0, null);
    }

    static AuditVerification broken(long events, String headHash, long firstBadSeq, Problem problem) {
        return new AuditVerification(events, headHash, firstBadSeq, Objects.requireNonNull(problem, "problem"));
    }

    public boolean ok() {
        return problem == null;
    }

    /** True when what is wrong is a checkpoint that cannot be trusted, rather than an event or a record. */
    public boolean aboutCheckpoints() {
        return problem != null && CHECKPOINT_PROBLEMS.contains(problem.code());
    }
}
