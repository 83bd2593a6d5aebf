package org.trustcase.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Another process holding the workspace's write lock: exit 4 unless {@code --wait} lets the command wait for it. */
class BusyWorkspaceCommandTest {
    @TempDir
    Path temp;

    @Test
    void aBusyWorkspaceExitsWithFourAndChangesNothing() throws Exception {
        Path dir = temp.resolve("ws");
        CliRunner cli = new CliRunner(dir);
        assertThat(cli.run("workspace", "init").code()).isZero();

        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("trustcase.db"));
                Statement statement = other.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");
            CliRunner.Result busy = cli.run("--wait", "0", "case", "new", "--title", "Lost USB stick", "--aware",
                    "2026-03-30T10:00:00Z");
            statement.execute("ROLLBACK");

            assertThat(busy.code()).as(busy.err()).isEqualTo(Cli.BUSY).isEqualTo(4);
            assertThat(busy.err()).startsWith("trustcase: workspace database " + dir.resolve("trustcase.db")
                    + " is busy: another Trustcase process held it for longer than 0 s; nothing was changed; try"
                    + " again later, or wait for it with --wait SECONDS").hasLineCount(1);
        }
        assertThat(cli.run("case", "list").out()).isEmpty();
    }

    @Test
    void waitWaitsForTheOtherProcessToFinish() throws Exception {
        Path dir = temp.resolve("ws");
        CliRunner cli = new CliRunner(dir);
        assertThat(cli.run("workspace", "init").code()).isZero();

        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("trustcase.db"));
                Statement statement = other.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");
            CompletableFuture<CliRunner.Result> waiting = CompletableFuture.supplyAsync(() -> cli.run("case", "new",
                    "--title", "Lost USB stick", "--aware", "2026-03-30T10:00:00Z", "--wait", "30"));
            // the other process finishes its write a moment later
            Thread.sleep(300);
            statement.execute("ROLLBACK");
            CliRunner.Result created = waiting.get(30, TimeUnit.SECONDS);
            assertThat(created.code()).as(created.err()).isZero();
            assertThat(created.out()).startsWith("TC-");
        }
    }

    @Test
    void aNegativeWaitIsInvalidInput() {
        CliRunner.Result invalid = new CliRunner(temp.resolve("ws")).run("--wait", "-1", "case", "list");
        assertThat(invalid.code()).isEqualTo(Cli.INVALID);
        assertThat(invalid.err()).contains("--wait must be 0 to 86400 seconds, not -1");
    }
}
