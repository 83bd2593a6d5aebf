package org.trustcase.model.evidence;

import java.time.Instant;
import java.util.Objects;

/**
 * One link of an item's chain of custody: what was done with it, by whom, when, why, and for whom.
 *
 * @param purpose  why (the reason for collecting, viewing, exporting, disposing), or {@code null}
 * @param recipient to whom it went (an export, a transfer), or {@code null}
 * @param detail   what the step found or made (a verification's actual hash, an export's file), or {@code null}
 */
public record CustodyEvent(long itemId, long seq, CustodyAction action, String actor, Instant at, String purpose,
        String recipient, String detail) {
    public CustodyEvent {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
    }
}
