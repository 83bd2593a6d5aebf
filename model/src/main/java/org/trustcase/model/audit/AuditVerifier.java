package org.trustcase.model.audit;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.trustcase.model.common.Problem;

/**
 * Checks the audit trail from its first event to its last: each event's stored fields against its own hash, each
 * event's link to the one before it, the sequence numbers without gaps, the end of the trail against the head it
 * recorded, and the trail against every signed checkpoint (the number of events and the hash it had then). Editing,
 * deleting, reordering, inserting or cutting off events shows as the first event where the trail stops agreeing
 * with itself or with a checkpoint.
 */
public final class AuditVerifier {
    /** How far back a link that does not follow is looked up, to tell inserted events from a broken link. */
    private static final int RECENT = 256;

    private final AuditHasher hasher = new AuditHasher();

    /** Verifies {@code chain} against {@code checkpoints} (whose signatures the caller has checked). */
    public AuditVerification verify(AuditChain chain, List<Checkpoint> checkpoints) {
        List<Checkpoint> ordered = checkpoints.stream().sorted(Comparator.comparingLong(Checkpoint::events)).toList();
        Walk walk = new Walk(ordered);
        chain.read(walk::step);
        if (walk.problem != null) {
            return AuditVerification.broken(walk.count, walk.previous, walk.badSeq, walk.problem);
        }
        ChainHead head = chain.recordedHead();
        if (head.missing()) {
            return AuditVerification.broken(walk.count, walk.previous, walk.count + 1,
                    Problem.of("audit.verify.head-missing", n(walk.count)));
        }
        if (head.seq() > walk.count) {
            return AuditVerification.broken(walk.count, walk.previous, walk.count + 1,
                    Problem.of("audit.verify.cut-off", n(walk.count + 1), n(head.seq())));
        }
        if (head.seq() == walk.count && !head.hash().equals(walk.previous)) {
            return AuditVerification.broken(walk.count, walk.previous, walk.count,
                    Problem.of("audit.verify.head-differs", n(walk.count)));
        }
        if (head.seq() < walk.count) {
            return AuditVerification.broken(walk.count, walk.previous, head.seq() + 1,
                    Problem.of("audit.verify.beyond-head", n(head.seq() + 1), n(head.seq())));
        }
        if (walk.nextCheckpoint < ordered.size()) {
            Checkpoint missing = ordered.get(walk.nextCheckpoint);
            return AuditVerification.broken(walk.count, walk.previous, walk.count + 1,
                    Problem.of("audit.verify.checkpoint-cut-off", n(walk.count + 1), n(missing.events()),
                    missing.signedAt().toString()));
        }
        return AuditVerification.intact(walk.count, walk.previous);
    }

    /** A sequence number or count as it is printed: digits only. */
    private static String n(long number) {
        return Long.toString(number);
    }

    /** The state of one pass over the trail. */
    private final class Walk {
        private final List<Checkpoint> checkpoints;
        private int nextCheckpoint;
        private long count;
        private String previous = AuditHasher.GENESIS;
        private long badSeq;
        private Problem problem;
        /** The hashes of the last events, by sequence number modulo their number. */
        private final String[] lastHashes = new String[RECENT];

        Walk(List<Checkpoint> checkpoints) {
            this.checkpoints = checkpoints;
            // a checkpoint of the empty trail holds nothing to compare
            while (nextCheckpoint < checkpoints.size() && checkpoints.get(nextCheckpoint).events() == 0) {
                nextCheckpoint++;
            }
        }

        boolean step(ChainLink link) {
            long expected = count + 1;
            if (link.seq() != expected) {
                return fail(expected, Problem.of("audit.verify.missing", n(expected), n(link.seq())));
            }
            if (link.hash() == null || link.previousHash() == null) {
                return fail(link.seq(), Problem.of("audit.verify.unsealed", n(link.seq())));
            }
            if (!hasher.matches(link.seq(), link.previousHash(), link.fields(), link.hash())) {
                return fail(link.seq(), Problem.of("audit.verify.altered", n(link.seq())));
            }
            if (!link.previousHash().equals(previous)) {
                long followed = recent(link.previousHash());
                if (followed > 0) {
                    // it follows an earlier event: the ones between were put in by someone else
                    return fail(followed + 1, Problem.of("audit.verify.inserted", n(followed + 1), n(link.seq()),
                            n(followed)));
                }
                return fail(link.seq(), Problem.of("audit.verify.unlinked", n(link.seq()), n(expected - 1)));
            }
            count = link.seq();
            previous = link.hash();
            lastHashes[(int) (count % lastHashes.length)] = previous;
            while (nextCheckpoint < checkpoints.size() && checkpoints.get(nextCheckpoint).events() == count) {
                Checkpoint checkpoint = checkpoints.get(nextCheckpoint);
                if (!checkpoint.headHash().equals(previous)) {
                    // the whole trail up to here was rewritten consistently: the checkpoint signed then disagrees
                    return fail(lastAgreed() + 1, Problem.of("audit.verify.checkpoint-differs", n(count),
                            checkpoint.signedAt().toString(), n(lastAgreed() + 1)));
                }
                nextCheckpoint++;
            }
            return true;
        }

        /** The sequence number of a recent event with this hash, or 0 when none of the last {@value RECENT} has it. */
        private long recent(String hash) {
            for (long seq = count; seq > Math.max(0, count - RECENT); seq--) {
                if (hash.equals(lastHashes[(int) (seq % lastHashes.length)])) {
                    return seq;
                }
            }
            return 0;
        }

        /** The events covered by the last checkpoint that agreed with the trail (0 when none did). */
        private long lastAgreed() {
            return nextCheckpoint == 0 ? 0 : checkpoints.get(nextCheckpoint - 1).events();
        }

        private boolean fail(long seq, Problem found) {
            badSeq = seq;
            problem = found;
            return false;
        }
    }
}
