package org.trustcase.persistence.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.OptionalInt;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.trustcase.persistence.audit.V14__Seal_audit_trail;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.ValidateResult;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.trustcase.persistence.database.DatabaseException;
import org.trustcase.persistence.tx.SingleConnectionTransactions;

/**
 * The SQLite engine: a database in one file, its connection settings (WAL journal,
 * {@code synchronous=FULL}, foreign keys, busy timeout, the write lock taken when a write
 * transaction begins), its schema migrations ({@value #MIGRATIONS}) and the files SQLite keeps
 * beside it. The only place that knows SQLite.
 */
public final class SqliteDatabase {
    /** Where the SQLite migrations are; another engine's set sits beside them ({@code db/migration/<engine>}). */
    public static final String MIGRATIONS = "classpath:db/migration/sqlite";
    public static final int BUSY_TIMEOUT_MILLIS = 5000;
    /** {@code PRAGMA application_id} of a Trustcase database: "TrCs". */
    static final int APPLICATION_ID = 0x54724373;
    private static final String SCHEMA_HISTORY = "flyway_schema_history";
    /**
     * The newest migration this version ships (WorkspaceSchemaTest holds it to Flyway's own list): a workspace whose
     * history ends there, unchanged since this version last checked it, is opened without asking Flyway again.
     */
    public static final int LATEST_MIGRATION = 29;

    private final Path file;
    private final Duration busyTimeout;
    private final SQLiteDataSource dataSource;

    /** With the default busy timeout ({@value #BUSY_TIMEOUT_MILLIS} ms). */
    public SqliteDatabase(Path file) {
        this(file, Duration.ofMillis(BUSY_TIMEOUT_MILLIS));
    }

    /**
     * @param busyTimeout how long a statement waits for another connection's write lock before the workspace is
     *     reported busy
     */
    public SqliteDatabase(Path file, Duration busyTimeout) {
        this.file = file;
        this.busyTimeout = busyTimeout;
        this.dataSource = new SQLiteDataSource(config(busyTimeout));
        this.dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
    }

    private static SQLiteConfig config(Duration busyTimeout) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout((int) Math.min(Integer.MAX_VALUE, busyTimeout.toMillis()));
        // take the write lock when a transaction begins, so that a read followed by a write cannot fail half-way
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        return config;
    }

    /**
     * Checks that {@code file} is an SQLite database before any connection touches it: SQLite would
     * happily turn an empty file into a new database, and a stray file must be reported, not overwritten.
     */
    public static void requireSqliteFile(Path file) {
        SqliteFile.requireSqlite(file);
    }

    /**
     * Refuses, before anything writes to it (even switching it to WAL would change the file), an
     * SQLite database that is not a Trustcase workspace this version can work on: one of another
     * application (tables but not Trustcase's migration history, or a history of other
     * migrations), an SQLite file without any table that Trustcase did not begin, and a workspace
     * written by a newer Trustcase (a migration this version does not know). Looks through a
     * read-only connection with SQLite's default settings.
     */
    public void requireTrustcaseSchema() {
        SQLiteDataSource readOnly = new SQLiteDataSource(readOnlyConfig());
        readOnly.setUrl(readOnlyUrl());
        try (Connection connection = readOnly.getConnection()) {
            if (!hasTable(connection, SCHEMA_HISTORY)) {
                if (hasAnyTable(connection)) {
                    throw new DatabaseException(file + " is an SQLite database of another application, not a Trustcase"
                            + " workspace; it was left untouched");
                }
                if (applicationId(connection) != APPLICATION_ID) {
                    throw new DatabaseException(file + " is an empty SQLite database, not a Trustcase workspace;"
                            + " it was left untouched");
                }
                return;
            }
            if (checkedBefore(connection)) {
                return;
            }
        } catch (SQLException e) {
            throw new DatabaseException("cannot read the database " + file + ": " + e.getMessage(), e);
        }
        requireKnownMigrations(readOnly);
    }

    /**
     * Whether the migration history is the one this version checked last time and holds every migration it ships:
     * its digest, kept in {@code PRAGMA user_version} after Flyway validated it, still matches, and it ends at
     * {@link #LATEST_MIGRATION}. Then neither Flyway's validation (about a second of a command's start) nor its
     * look for pending migrations is needed; any other history, an altered or a newer one, goes through Flyway.
     */
    private static boolean checkedBefore(Connection connection) throws SQLException {
        OptionalInt digest = historyDigest(connection);
        if (digest.isEmpty()) {
            return false;
        }
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("PRAGMA user_version")) {
            return result.next() && result.getInt(1) == digest.getAsInt();
        }
    }

    /** A CRC-32 of the history's rows, when the history ends at {@link #LATEST_MIGRATION} and every row succeeded. */
    private static OptionalInt historyDigest(Connection connection) throws SQLException {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        String newest = null;
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT version, checksum, success FROM " + SCHEMA_HISTORY
                        + " ORDER BY installed_rank")) {
            while (rows.next()) {
                if (!rows.getBoolean(3)) {
                    return OptionalInt.empty();
                }
                String version = rows.getString(1);
                crc.update((version + "|" + rows.getString(2) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                if (version != null) {
                    newest = version;
                }
            }
        }
        if (newest == null || !newest.equals(Integer.toString(LATEST_MIGRATION))) {
            return OptionalInt.empty();
        }
        return OptionalInt.of((int) crc.getValue());
    }

    /**
     * Keeps the digest of the history Flyway has just validated (or migrated), so that the next opening needs no
     * Flyway; nothing when the history is not complete or the digest is kept already.
     */
    public void rememberCheckedHistory() {
        try (Connection connection = dataSource.getConnection()) {
            if (checkedBefore(connection)) {
                return;
            }
            OptionalInt digest = historyDigest(connection);
            if (digest.isPresent()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("PRAGMA user_version = " + digest.getAsInt());
                }
            }
        } catch (SQLException e) {
            throw new DatabaseException("could not note the checked schema of " + file + ": " + e.getMessage(), e);
        }
    }

    /** The applied migrations are this version's, and none is newer; judged by Flyway on the read-only connection. */
    private void requireKnownMigrations(SQLiteDataSource readOnly) {
        Flyway flyway = flyway(readOnly).ignoreMigrationPatterns("*:pending").load();
        MigrationInfo[] applied;
        ValidateResult validation;
        try {
            applied = flyway.info().applied();
            validation = flyway.validateWithResult();
        } catch (FlywayException e) {
            throw new DatabaseException("cannot read the migration history of " + file + ": " + e.getMessage(), e);
        }
        MigrationInfo[] known = flyway.info().all();
        String newest = Arrays.stream(applied).filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                        || m.getState() == MigrationState.FUTURE_FAILED)
                .map(m -> m.getVersion().getVersion()).reduce((a, b) -> b).orElse(null);
        if (newest != null) {
            String latestKnown = Arrays.stream(known).filter(m -> m.getState().isResolved())
                    .map(m -> m.getVersion().getVersion()).reduce((a, b) -> b).orElse("none");
            throw new DatabaseException(file + " was written by a newer version of Trustcase (schema version " + newest
                    + "; this version knows up to " + latestKnown + "); it was left untouched, open it with that version");
        }
        if (!validation.validationSuccessful) {
            String why = validation.invalidMigrations == null ? "" : validation.invalidMigrations.stream()
                    .map(m -> m.errorDetails == null ? m.version : m.errorDetails.errorMessage)
                    .reduce((a, b) -> a + "; " + b).map(text -> " (" + text.replaceAll("\\s*\\R\\s*", " ") + ")").orElse("");
            throw new DatabaseException(file + " holds a migration history that is not Trustcase's" + why
                    + "; it is not a Trustcase workspace or was altered, and it was left untouched");
        }
    }

    /**
     * Without a write-ahead log beside it the file holds the whole database, and SQLite is told it
     * cannot change ({@code immutable=1}), so that it creates no {@code -wal} or {@code -shm} file
     * either; with one, the log is read too.
     */
    private String readOnlyUrl() {
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        if (Files.exists(wal)) {
            return "jdbc:sqlite:" + file.toAbsolutePath();
        }
        return "jdbc:sqlite:" + file.toAbsolutePath().toUri() + "?immutable=1";
    }

    private static SQLiteConfig readOnlyConfig() {
        SQLiteConfig readOnly = new SQLiteConfig();
        readOnly.setReadOnly(true);
        return readOnly;
    }

    private static boolean hasTable(Connection connection, String name) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                if (tables.getString("TABLE_NAME").equalsIgnoreCase(name)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static boolean hasAnyTable(Connection connection) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            return tables.next();
        }
    }

    private static int applicationId(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("PRAGMA application_id")) {
            return result.next() ? result.getInt(1) : 0;
        }
    }

    /**
     * Refuses a database this process may not write (the file or its folder read-only): SQLite
     * would open it for reading and fail at the first write with the statement it could not run.
     */
    public void requireWritable() {
        Path folder = file.toAbsolutePath().getParent();
        if (!Files.isWritable(file)) {
            throw new DatabaseException(file + " is read-only for this user; Trustcase needs to write to its workspace"
                    + " (check the file's permissions)");
        }
        if (folder != null && !Files.isWritable(folder)) {
            throw new DatabaseException("the workspace folder " + folder + " is read-only for this user; Trustcase needs"
                    + " to write the database's journal beside it (check the folder's permissions)");
        }
    }

    /**
     * True when migrations are pending (a new database, or one of an older schema). Only reads, through a
     * read-only connection whose transactions take no write lock, so that it never waits for a writer.
     */
    public boolean needsMigration() {
        SQLiteConfig readOnly = new SQLiteConfig();
        readOnly.setReadOnly(true);
        SQLiteDataSource reading = new SQLiteDataSource(readOnly);
        reading.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        if (Files.exists(file)) {
            try (Connection connection = reading.getConnection()) {
                if (hasTable(connection, SCHEMA_HISTORY) && checkedBefore(connection)) {
                    return false;
                }
            } catch (SQLException e) {
                throw new DatabaseException("could not read the schema history of " + file + ": " + e.getMessage(), e);
            }
        }
        try {
            return flyway(reading).load().info().pending().length > 0;
        } catch (FlywayException e) {
            throw new DatabaseException("could not read the schema history of " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * SQLite's count of the changes other connections committed ({@code PRAGMA data_version}), read on the
     * connection of {@code dsl} (inside a transaction): it differs from the last reading after a change made
     * elsewhere, in this process or another, and stays the same for the connection's own changes.
     */
    public static long dataVersion(DSLContext dsl) {
        return ((Number) dsl.fetchValue("PRAGMA data_version")).longValue();
    }

    /**
     * Applies the pending migrations from {@value #MIGRATIONS}; creates the file if it does not exist.
     * Flyway identifies applied migrations by version and checksum, not by folder, so databases
     * migrated when the scripts sat directly in {@code db/migration} validate unchanged.
     */
    public void migrate() {
        // marks the file as Trustcase's before any table exists (an interrupted creation is recognised by it);
        // here, alone in the workspace, because setting it is a write that would wait for any other writer
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA application_id = " + APPLICATION_ID);
        } catch (SQLException e) {
            throw new DatabaseException("could not mark the database " + file + " as a Trustcase workspace: "
                    + e.getMessage(), e);
        }
        try {
            flyway(dataSource).load().migrate();
        } catch (FlywayException e) {
            throw new DatabaseException("could not bring the database " + file + " up to date: " + e.getMessage(), e);
        }
    }

    /** The database file. */
    public Path file() {
        return file;
    }

    /** Connections with the workspace's settings, for work beside the main connection (a backup). */
    SQLiteDataSource dataSource() {
        return dataSource;
    }

    /** Flyway on {@code source}: the SQL migrations, and those that need Java (sealing the audit trail). */
    static FluentConfiguration flyway(DataSource source) {
        return Flyway.configure().dataSource(source).locations(MIGRATIONS).table(SCHEMA_HISTORY)
                .javaMigrations(new V14__Seal_audit_trail());
    }

    /** Opens the database's connection, checks that the settings it depends on are in effect, and runs transactions on it. */
    public SingleConnectionTransactions connect() {
        return new SingleConnectionTransactions(openConnection(), SQLDialect.SQLITE,
                new SqliteTransactionModes(file.toString(), busyTimeout));
    }

    private Connection openConnection() {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            requirePragma(connection, "foreign_keys", "1");
            requirePragma(connection, "journal_mode", "wal");
            requirePragma(connection, "synchronous", "2");
            return connection;
        } catch (SQLException e) {
            closeQuietly(connection, e);
            throw new DatabaseException("cannot open the database " + file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(connection, e);
            throw e;
        }
    }

    /** Removes the database and the files SQLite keeps beside it (after a failed creation, so that a retry starts clean). */
    public static void deleteFiles(Path file, RuntimeException failure) {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            try {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            } catch (IOException e) {
                failure.addSuppressed(e);
            }
        }
    }

    private void requirePragma(Connection connection, String pragma, String expected) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("PRAGMA " + pragma)) {
            String actual = result.next() ? result.getString(1) : null;
            if (!expected.equalsIgnoreCase(actual)) {
                throw new DatabaseException("the database " + file + " runs with " + pragma + "=" + actual
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
