package org.trustcase.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Command;

class SubcommandsTest {
    @TempDir
    Path temp;

    @Test
    void aRunNamingACommandAddsThatCommandOnly() {
        assertThat(Subcommands.neededFor("case", "list")).containsExactly(CaseCommand.class);
        assertThat(Subcommands.neededFor("--workspace", "case", "deadlines", "rules"))
                .as("the value of --workspace is a folder, not a command")
                .containsExactly(DeadlinesCommand.class);
        assertThat(Subcommands.neededFor("--debug", "--wait", "5", "--workspace=audit", "register", "export"))
                .containsExactly(RegisterCommand.class);
    }

    @Test
    void theWindowNeedsNoCommandAndHelpOrAnUnknownNameNeedsThemAll() {
        assertThat(Subcommands.neededFor()).isEmpty();
        assertThat(Subcommands.neededFor("--workspace", "/tmp/ws")).isEmpty();
        assertThat(Subcommands.neededFor("--help")).isEqualTo(Subcommands.ALL);
        assertThat(Subcommands.neededFor("-h", "case")).isEqualTo(Subcommands.ALL);
        assertThat(Subcommands.neededFor("casse", "list")).isEqualTo(Subcommands.ALL);
    }

    @Test
    void theHelpListsEveryCommand() {
        CliRunner.Result help = new CliRunner(temp.resolve("ws")).runRaw("--help");

        assertThat(help.code()).isZero();
        for (Class<?> command : Subcommands.ALL) {
            assertThat(help.out()).contains("  " + command.getAnnotation(Command.class).name() + " ");
        }
    }

    @Test
    void aMistypedCommandIsReportedWithTheNearestNames() {
        CliRunner.Result typo = new CliRunner(temp.resolve("ws")).runRaw("casse", "list");

        assertThat(typo.code()).isEqualTo(Cli.INVALID);
        assertThat(typo.err()).contains("casse").contains("case");
    }

    @Test
    void optionsOfTheWholeCommandLineStillReachACommandAddedForTheRun() {
        CliRunner cli = new CliRunner(temp.resolve("ws"));
        assertThat(cli.run("workspace", "init").code()).isZero();

        CliRunner.Result listed = cli.runRaw("case", "list", "--workspace", temp.resolve("ws").toString(), "--debug");

        assertThat(listed.code()).as(listed.err()).isZero();
    }
}
