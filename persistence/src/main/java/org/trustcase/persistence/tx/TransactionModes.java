package org.trustcase.persistence.tx;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * How an engine begins and ends a transaction on a JDBC connection that is otherwise in
 * auto-commit mode: for writing (taking the write lock at once where the engine has one) or for
 * reading only.
 */
public interface TransactionModes {

    /** Begins a transaction; {@code readOnly} for reads, which must not write. */
    void begin(Connection connection, boolean readOnly) throws SQLException;

    /** Returns the connection to auto-commit after the transaction was committed or rolled back. */
    void end(Connection connection, boolean readOnly) throws SQLException;

    /**
     * The failure to report when {@code failure} says that another connection held the database for longer
     * than this one waits (the workspace is busy, the same request may succeed later); {@code null} when it
     * says something else.
     */
    default RuntimeException busy(SQLException failure) {
        return null;
    }

    /** Plain JDBC, for engines whose driver honours {@link Connection#setReadOnly(boolean)} (PostgreSQL does). */
    static TransactionModes jdbc() {
        return new TransactionModes() {
            @Override
            public void begin(Connection connection, boolean readOnly) throws SQLException {
                connection.setReadOnly(readOnly);
                connection.setAutoCommit(false);
            }

            @Override
            public void end(Connection connection, boolean readOnly) throws SQLException {
                connection.setAutoCommit(true);
                connection.setReadOnly(false);
            }
        };
    }
}
