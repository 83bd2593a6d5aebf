package org.trustcase.model.notifications;

/**
 * How many recipients of a case give one place of residence in the register's columns {@code jurisdiction},
 * {@code country} and {@code state} (each null where the file has no such column or the cell is empty), as written.
 */
public record ResidenceCount(String jurisdiction, String country, String state, long recipients) {
}
