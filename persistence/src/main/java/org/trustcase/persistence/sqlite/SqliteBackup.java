package org.trustcase.persistence.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.sqlite.SQLiteConfig;
import org.trustcase.persistence.database.DatabaseException;

/**
 * Backups of an SQLite workspace database: a consistent copy in one self-contained file, taken with
 * {@code VACUUM INTO} on a connection of its own, so that it reads one snapshot while other
 * connections (in this process or another) go on writing; and the checks a copy must pass before
 * it becomes a workspace (SQLite's {@code integrity_check}, a Trustcase schema history whose
 * every step this version knows).
 */
public final class SqliteBackup {
    private static final String SCHEMA_HISTORY = "flyway_schema_history";

    private SqliteBackup() {
    }

    /** True when {@code file} starts like an SQLite database (so it may be a backup); only reads its header. */
    public static boolean isSqliteFile(Path file) {
        return SqliteFile.hasSqliteHeader(file);
    }

    /**
     * Writes a consistent copy of {@code database} into {@code target}, which must not exist or be
     * empty; the copy keeps its data in the one file (rollback journal, no {@code -wal} beside it).
     */
    public static void copy(SqliteDatabase database, Path target) {
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement vacuum = connection.prepareStatement("VACUUM INTO ?")) {
            vacuum.setString(1, target.toAbsolutePath().toString());
            vacuum.execute();
        } catch (SQLException e) {
            throw new DatabaseException("could not copy the database " + database.file() + " into " + target + ": "
                    + e.getMessage(), e);
        }
        // a copy of a WAL database says WAL in its header; a backup is one file on its own
        try (Connection connection = plainConnection(target);
                Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode = DELETE");
        } catch (SQLException e) {
            throw new DatabaseException("could not finish the copy " + target + ": " + e.getMessage(), e);
        }
    }

    /**
     * Checks that {@code file} (an SQLite file, see {@link SqliteDatabase#requireSqliteFile}) is whole and a
     * Trustcase workspace database of a schema this version knows; returns its schema version. Only reads.
     *
     * @throws DatabaseException naming {@code what} (how the user knows the file) when a check fails
     */
    public static String verify(Path file, String what) {
        try (Connection connection = plainConnection(file)) {
            String integrity = integrity(connection);
            if (!"ok".equalsIgnoreCase(integrity)) {
                throw new DatabaseException(what + " is damaged: SQLite's integrity check says " + integrity);
            }
            if (!hasTable(connection, SCHEMA_HISTORY) || !hasTable(connection, "workspace_meta")) {
                throw new DatabaseException(what + " is an SQLite database but not a Trustcase workspace");
            }
        } catch (SQLException e) {
            throw new DatabaseException("cannot read " + what + ": " + e.getMessage(), e);
        }
        return knownSchemaVersion(file, what);
    }

    private static String knownSchemaVersion(Path file, String what) {
        MigrationInfo[] applied;
        try {
            SQLiteConfig config = new SQLiteConfig();
            org.sqlite.SQLiteDataSource source = new org.sqlite.SQLiteDataSource(config);
            source.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
            applied = SqliteDatabase.flyway(source)
                    .load()
                    .info()
                    .applied();
        } catch (FlywayException e) {
            throw new DatabaseException("cannot read the schema history of " + what + ": " + e.getMessage(), e);
        }
        List<MigrationInfo> unknown = Arrays.stream(applied)
                .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED)
                .toList();
        if (!unknown.isEmpty()) {
            throw new DatabaseException(what + " was written by a newer Trustcase (schema version "
                    + unknown.stream().map(m -> String.valueOf(m.getVersion())).collect(Collectors.joining(", "))
                    + " is unknown to this version); it cannot be used here");
        }
        List<MigrationInfo> failed = Arrays.stream(applied).filter(m -> m.getState().isFailed()).toList();
        if (!failed.isEmpty()) {
            throw new DatabaseException(what + " holds a failed schema migration (version "
                    + failed.get(0).getVersion() + "); it cannot be used");
        }
        return Arrays.stream(applied)
                .filter(m -> m.getVersion() != null)
                .max(Comparator.comparing(MigrationInfo::getVersion))
                .map(m -> m.getVersion().getVersion())
                .orElseThrow(() -> new DatabaseException(what + " has an empty schema history; it is not a"
                        + " Trustcase workspace"));
    }

    private static String integrity(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("PRAGMA integrity_check")) {
            StringBuilder lines = new StringBuilder();
            while (result.next()) {
                if (!lines.isEmpty()) {
                    lines.append("; ");
                }
                lines.append(result.getString(1));
            }
            return lines.toString();
        }
    }

    private static boolean hasTable(Connection connection, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select count(*) from sqlite_master where type = 'table' and name = ?")) {
            statement.setString(1, name);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getInt(1) == 1;
            }
        }
    }

    /** A connection with SQLite's default settings: it leaves the file's journal mode as it is. */
    private static Connection plainConnection(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(SqliteDatabase.BUSY_TIMEOUT_MILLIS);
        return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }
}
