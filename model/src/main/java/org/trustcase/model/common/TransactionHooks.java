package org.trustcase.model.common;

/**
 * Port: work to do when the current transaction has ended, such as finishing or cleaning up files
 * written beside the database. Hooks are registered on the outermost transaction of the calling
 * thread (a nested call registers on the transaction it joined) and run after it ended, on that
 * thread, in the order registered, outside any transaction: a hook may start a new one.
 *
 * <p>Failures are never swallowed. Every after-commit hook runs even if an earlier one failed; the
 * commit stands, and the caller then gets an {@link AfterCommitException} carrying the first
 * failure (the others suppressed on it) instead of the work's result. Every after-rollback hook
 * runs too; its failures are added as suppressed exceptions to the exception that caused the
 * rollback, which the caller gets unchanged.
 */
public interface TransactionHooks {

    /** Runs {@code hook} after the outermost transaction commits (never when it rolls back). */
    void afterCommit(Runnable hook);

    /** Runs {@code hook} after the outermost transaction rolls back (never when it commits). */
    void afterRollback(Runnable hook);

    /** True when the calling thread is inside a transaction, so that hooks can be registered. */
    boolean inTransactionNow();
}
