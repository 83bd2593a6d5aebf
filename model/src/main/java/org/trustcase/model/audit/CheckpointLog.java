package org.trustcase.model.audit;

import java.time.Instant;
import java.util.List;
import org.trustcase.model.common.Problem;

/** Port: the signed checkpoints of the audit trail, kept outside the database. */
public interface CheckpointLog {
    /**
     * Every checkpoint whose signature holds, oldest first, and a problem for each that could not be read or whose
     * signature does not hold ({@code audit.verify.checkpoint-*}).
     */
    Reading read();

    /** Signs a checkpoint of the trail at {@code events} events ending in {@code headHash}, and keeps it. */
    Checkpoint sign(long events, String headHash, Instant at);

    /** The public key that checks the signatures, as text (PEM), for someone else to verify with. */
    String publicKey();

    /**
     * The same checkpoints, their signatures checked with {@code publicKey} (PEM, as {@link #publicKey()} gave it)
     * rather than the key kept with the workspace, which someone with the files could have replaced.
     *
     * @throws IllegalArgumentException if {@code publicKey} is no public key of the signing algorithm
     */
    CheckpointLog trusting(String publicKey);

    /** The checkpoints read, and what was wrong with those that could not be trusted. */
    record Reading(List<Checkpoint> checkpoints, List<Problem> problems) {
        public Reading {
            checkpoints = List.copyOf(checkpoints);
            problems = List.copyOf(problems);
        }
    }
}
