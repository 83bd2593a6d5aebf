package org.trustcase.model.access;

/**
 * What the signed-in user's role lets them do, for a screen to offer only that: asks nothing stored and records
 * nothing. The use cases check again when they run, so a screen that offers too much is still refused.
 */
@FunctionalInterface
public interface Permissions {
    /** Everything: for screens shown without anyone's role (tests of a screen alone). */
    Permissions ALL = useCase -> true;

    boolean may(UseCase useCase);
}
