package org.trustcase.persistence.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.sqlite.SQLiteConfig.TransactionMode;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteException;
import org.trustcase.persistence.database.BusyException;
import org.trustcase.persistence.tx.TransactionModes;

/**
 * SQLite's transactions: a write begins with {@code BEGIN IMMEDIATE}, taking the write lock at
 * once, so that a read followed by a write cannot fail half-way on a lock held by another
 * writer; a read begins with a deferred {@code BEGIN}, which takes no write lock (in WAL mode it
 * neither waits for a writer nor blocks one), under {@code PRAGMA query_only}, so that a write
 * slipped into a read fails instead of committing.
 */
final class SqliteTransactionModes implements TransactionModes {
    /** SQLite's primary result code for a database locked by another connection ({@code SQLITE_BUSY}). */
    private static final int SQLITE_BUSY = 5;

    private final String database;
    private final Duration timeout;

    SqliteTransactionModes() {
        this("the database", Duration.ofMillis(SqliteDatabase.BUSY_TIMEOUT_MILLIS));
    }

    SqliteTransactionModes(String database, Duration timeout) {
        this.database = database;
        this.timeout = timeout;
    }

    @Override
    public RuntimeException busy(SQLException failure) {
        if (failure instanceof SQLiteException sqlite && (sqlite.getErrorCode() & 0xff) == SQLITE_BUSY) {
            return new BusyException("workspace database " + database + " is busy: another Trustcase process held"
                    + " it for longer than " + seconds(timeout) + "; nothing was changed", failure);
        }
        return null;
    }

    private static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }

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
