package org.trustcase.persistence.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig.TransactionMode;
import org.sqlite.SQLiteConnection;
import org.trustcase.persistence.tx.TransactionModes;

/**
 * SQLite's transactions: a write begins with {@code BEGIN IMMEDIATE}, taking the write lock at
 * once, so that a read followed by a write cannot fail half-way on a lock held by another
 * writer; a read begins with a deferred {@code BEGIN}, which takes no write lock (in WAL mode it
 * neither waits for a writer nor blocks one), under {@code PRAGMA query_only}, so that a write
 * slipped into a read fails instead of committing.
 */
final class SqliteTransactionModes implements TransactionModes {

    @Override
    public void begin(Connection connection, boolean readOnly) throws SQLException {
        SQLiteConnection sqlite = connection.unwrap(SQLiteConnection.class);
        if (readOnly) {
            pragma(connection, "PRAGMA query_only = ON");
            sqlite.getConnectionConfig().setTransactionMode(TransactionMode.DEFERRED);
        } else {
            sqlite.getConnectionConfig().setTransactionMode(TransactionMode.IMMEDIATE);
        }
        // the driver begins the transaction in the mode set above
        connection.setAutoCommit(false);
    }

    @Override
    public void end(Connection connection, boolean readOnly) throws SQLException {
        connection.setAutoCommit(true);
        if (readOnly) {
            pragma(connection, "PRAGMA query_only = OFF");
        }
    }

    private static void pragma(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
