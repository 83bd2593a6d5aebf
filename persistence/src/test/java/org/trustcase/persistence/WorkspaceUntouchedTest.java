package org.trustcase.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database Trustcase must not work on is refused before anything writes to it: the file keeps
 * every byte and no file appears beside it.
 */
class WorkspaceUntouchedTest {
    @TempDir
    Path dir;

    private Path database() {
        return dir.resolve(Workspace.DATABASE_FILE);
    }

    private void sql(String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database());
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private void refusedUntouched(String message) throws IOException {
        byte[] before = Files.readAllBytes(database());
        List<String> files = filesIn(dir);

        assertThatThrownBy(() -> Workspace.open(dir))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining(database().toString())
                .hasMessageContaining(message);

        assertThat(database()).hasBinaryContent(before);
        assertThat(filesIn(dir)).isEqualTo(files);
    }

    @Test
    void anSqliteDatabaseWithoutAnyTableIsNotConvertedIntoAWorkspace() throws Exception {
        sql("PRAGMA user_version = 7");
        assertThat(Files.size(database())).isPositive();

        refusedUntouched("an empty SQLite database, not a Trustcase workspace; it was left untouched");
    }

    @Test
    void anotherApplicationsFlywayDatabaseIsNotSwitchedToWalNorMigrated() throws Exception {
        sql("create table flyway_schema_history (installed_rank int primary key, version varchar(50),"
                        + " description varchar(200), type varchar(20), script varchar(1000), checksum int,"
                        + " installed_by varchar(100), installed_on text, execution_time int, success boolean)",
                "insert into flyway_schema_history values (1, '1', 'contacts', 'SQL', 'V1__contacts.sql', 12345,"
                        + " 'someone', '2026-01-01 10:00:00', 5, 1)",
                "create table contacts (name text)",
                "insert into contacts values ('Ada')");

        refusedUntouched("not Trustcase's");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database());
                Statement statement = connection.createStatement()) {
            assertThat(statement.executeQuery("PRAGMA journal_mode").getString(1)).isEqualTo("delete");
        }
    }

    @Test
    void aWorkspaceOfANewerTrustcaseIsRefusedNamingTheVersionsAndLeftUntouched() throws Exception {
        Workspace.create(dir).close();
        sql("insert into flyway_schema_history (installed_rank, version, description, type, script, checksum,"
                + " installed_by, installed_on, execution_time, success) select max(installed_rank) + 1, '999',"
                + " 'from the future', 'SQL', 'V999__from_the_future.sql', 1, 'someone', '2030-01-01 10:00:00', 1, 1"
                + " from flyway_schema_history");

        refusedUntouched("was written by a newer version of Trustcase (schema version 999; this version knows up to ");
    }

    @Test
    void aHistoryAlteredAfterThisVersionCheckedItIsCheckedAgainAndRefused() throws Exception {
        Workspace.create(dir).close();
        Workspace.open(dir).close();
        // the history's digest was kept: changing a row's checksum must not slip past the quick check
        sql("update flyway_schema_history set checksum = checksum + 1 where version = '5'");

        refusedUntouched("holds a migration history that is not Trustcase's");
    }

    @Test
    void aWorkspaceOfThisVersionStillOpens() throws Exception {
        Workspace.create(dir).close();

        Workspace.open(dir).close();
        Workspace.open(dir).close();
    }

    @Test
    void aReadOnlyDatabaseIsRefusedWithAClearMessageAndLeftUntouched() throws Exception {
        Workspace.create(dir).close();
        boolean immutable = makeReadOnly(database());
        try {
            assumeThat(Files.isWritable(database())).as("the file system lets this user make a file read-only").isFalse();
            refusedUntouched("is read-only for this user; Trustcase needs to write to its workspace");
        } finally {
            makeWritable(database(), immutable);
        }
    }

    /** Permissions keep an ordinary user out; the super-user is kept out by the immutable attribute where there is one. */
    private static boolean makeReadOnly(Path file) throws Exception {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        if (canAppend(file)) {
            return new ProcessBuilder("chattr", "+i", file.toString()).start().waitFor() == 0;
        }
        return false;
    }

    private static void makeWritable(Path file, boolean immutable) throws Exception {
        if (immutable) {
            new ProcessBuilder("chattr", "-i", file.toString()).start().waitFor();
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    }

    private static boolean canAppend(Path file) {
        try {
            Files.newOutputStream(file, StandardOpenOption.APPEND).close();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
