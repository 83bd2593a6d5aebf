package org.trustcase.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Through the command line: a database that is not a workspace this version can use is refused in one line, untouched. */
class UntouchedWorkspaceCommandsTest {
    @TempDir
    Path temp;

    private static void sql(Path database, String... statements) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static void refusedUntouched(CliRunner cli, Path database, String message) throws Exception {
        byte[] before = Files.readAllBytes(database);
        CliRunner.Result result = cli.run("case", "list");
        assertThat(result.code()).isEqualTo(Cli.INVALID);
        assertThat(result.err()).startsWith("trustcase: ").contains(message).doesNotContain("Exception");
        assertThat(result.err().strip().lines()).hasSize(1);
        assertThat(database).hasBinaryContent(before);
    }

    @Test
    void aWorkspaceOfANewerTrustcaseIsRefused() throws Exception {
        CliRunner cli = new CliRunner(temp.resolve("ws"));
        assertThat(cli.run("workspace", "init").code()).isZero();
        Path database = temp.resolve("ws/trustcase.db");
        sql(database, "insert into flyway_schema_history (installed_rank, version, description, type, script, checksum,"
                + " installed_by, installed_on, execution_time, success) select max(installed_rank) + 1, '999',"
                + " 'from the future', 'SQL', 'V999__from_the_future.sql', 1, 'someone', '2030-01-01 10:00:00', 1, 1"
                + " from flyway_schema_history");

        refusedUntouched(cli, database, "was written by a newer version of Trustcase (schema version 999");
    }

    @Test
    void anEmptySqliteDatabaseIsRefusedAndNotConverted() throws Exception {
        Path database = Files.createDirectories(temp.resolve("ws")).resolve("trustcase.db");
        sql(database, "PRAGMA user_version = 3");

        refusedUntouched(new CliRunner(temp.resolve("ws")), database, "an empty SQLite database, not a Trustcase workspace");
    }

    @Test
    void anotherApplicationsDatabaseIsRefusedAndKeepsItsJournalMode() throws Exception {
        Path database = Files.createDirectories(temp.resolve("ws")).resolve("trustcase.db");
        sql(database, "create table contacts (name text)", "insert into contacts values ('Ada')");

        refusedUntouched(new CliRunner(temp.resolve("ws")), database, "of another application, not a Trustcase workspace");
    }
}
