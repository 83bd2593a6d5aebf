package org.trustcase.persistence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** Connections to a workspace database, all with the same settings, and its schema migrations. */
final class SqliteDatabase {
    static final int BUSY_TIMEOUT_MILLIS = 5000;
    private static final String SCHEMA_HISTORY = "flyway_schema_history";

    private final Path file;
    private final SQLiteDataSource dataSource;

    SqliteDatabase(Path file) {
        this.file = file;
        this.dataSource = new SQLiteDataSource(config());
        this.dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
    }

    private static SQLiteConfig config() {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        // take the write lock when a transaction begins, so that a read followed by a write cannot fail half-way
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        return config;
    }

    /**
     * Refuses an SQLite database of some other application before anything writes to it (even
     * switching it to WAL would change the file): a Trustcase database has Flyway's history
     * table, or no table at all when its creation was interrupted. Looks through a read-only
     * connection with SQLite's default settings.
     */
    void requireTrustcaseSchema() {
        SQLiteConfig readOnly = new SQLiteConfig();
        readOnly.setReadOnly(true);
        try (Connection connection = readOnly.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
                ResultSet tables = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            boolean anyTable = false;
            while (tables.next()) {
                if (tables.getString("TABLE_NAME").equalsIgnoreCase(SCHEMA_HISTORY)) {
                    return;
                }
                anyTable = true;
            }
            if (anyTable) {
                throw new WorkspaceException(file + " is an SQLite database of another application, not a Trustcase"
                        + " workspace; it was left untouched");
            }
        } catch (SQLException e) {
            throw new WorkspaceException("cannot read the database " + file + ": " + e.getMessage(), e);
        }
    }

    /** Applies the pending migrations from {@code db/migration}; creates the file if it does not exist. */
    void migrate() {
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .table(SCHEMA_HISTORY)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new WorkspaceException("could not bring the database " + file + " up to date: " + e.getMessage(), e);
        }
    }

    /** Opens the workspace's connection and checks that the settings it depends on are in effect. */
    Connection connect() {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            requirePragma(connection, "foreign_keys", "1");
            requirePragma(connection, "journal_mode", "wal");
            requirePragma(connection, "synchronous", "2");
            return connection;
        } catch (SQLException e) {
            closeQuietly(connection, e);
            throw new WorkspaceException("cannot open the database " + file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(connection, e);
            throw e;
        }
    }

    private void requirePragma(Connection connection, String pragma, String expected) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("PRAGMA " + pragma)) {
            String actual = result.next() ? result.getString(1) : null;
            if (!expected.equalsIgnoreCase(actual)) {
                throw new WorkspaceException("the database " + file + " runs with " + pragma + "=" + actual
                        + " instead of " + expected + "; refusing to work on it");
            }
        }
    }

    private static void closeQuietly(Connection connection, Exception failure) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                failure.addSuppressed(e);
            }
        }
    }
}
