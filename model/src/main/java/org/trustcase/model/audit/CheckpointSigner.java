package org.trustcase.model.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.trustcase.model.common.TransactionRunner;

/**
 * Signs checkpoints of the audit trail: when asked (a command, an export, a backup, a case closed) and when one is
 * due (the trail grew and the last checkpoint is older than a day, checked while the window is open). Signing is
 * recorded in the trail; the event falls to the next checkpoint.
 */
public final class CheckpointSigner {
    private final AuditChain chain;
    private final CheckpointLog checkpoints;
    private final AuditTrail trail;
    private final TransactionRunner transactions;
    private final Clock clock;

    public CheckpointSigner(AuditChain chain, CheckpointLog checkpoints, AuditTrail trail,
            TransactionRunner transactions, Clock clock) {
        this.chain = Objects.requireNonNull(chain, "chain");
        this.checkpoints = Objects.requireNonNull(checkpoints, "checkpoints");
        this.trail = Objects.requireNonNull(trail, "trail");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Signs a checkpoint of the trail as it stands, keeps it and records that it was signed. */
    public Checkpoint sign() {
        return transactions.inTransaction(() -> {
            ChainHead head = chain.recordedHead();
            Checkpoint signed = checkpoints.sign(head.seq(), head.hash(), clock.instant().truncatedTo(ChronoUnit.MILLIS));
            trail.record(AuditAction.AUDIT_CHECKPOINT_SIGNED, null, List.of(
                    new FieldChange("checkpointEvents", null, Long.toString(signed.events())),
                    new FieldChange("checkpointHead", null, signed.headHash())), null);
            return signed;
        });
    }

    /**
     * Signs a checkpoint when the last one is older than {@code every} and the trail grew since (more than the event
     * that recorded that checkpoint); empty when none was due.
     */
    public Optional<Checkpoint> signIfDue(Duration every) {
        Optional<Checkpoint> last = checkpoints.read().checkpoints().stream()
                .max(Comparator.comparing(Checkpoint::signedAt));
        Instant now = clock.instant();
        long events = transactions.read(chain::recordedHead).seq();
        boolean due = last.isEmpty() ? events > 0
                : !last.get().signedAt().plus(every).isAfter(now) && events > last.get().events() + 1;
        return due ? Optional.of(sign()) : Optional.empty();
    }
}
