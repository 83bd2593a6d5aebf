package org.trustcase.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Command;

class InWorkspaceCommandTest {
    @TempDir
    Path temp;

    @Test
    void everyCommandButTheWorkspaceFreeOnesOpensItsWorkspaceThroughTheBase() {
        List<Class<?>> own = new ArrayList<>();
        for (Class<?> command : Subcommands.ALL.stream().flatMap(top -> leaves(top).stream()).toList()) {
            if (!InWorkspaceCommand.class.isAssignableFrom(command)) {
                own.add(command);
            }
        }
        assertThat(own).containsExactlyInAnyOrder(SeverityCommand.class, DeadlineRulesCommand.class,
                DeadlineComputeCommand.class);
    }

    @Test
    void theWorkspaceIsClosedAlsoWhenTheWorkFails() {
        CliRunner cli = new CliRunner(temp.resolve("ws"));
        assertThat(cli.run("workspace", "init").code()).isZero();

        CliRunner.Result missing = cli.run("case", "show", "TC-2026-0099");
        assertThat(missing.code()).isEqualTo(Cli.INVALID);
        assertThat(missing.err()).isEqualTo("trustcase: no case TC-2026-0099" + System.lineSeparator());

        // A workspace left open would refuse the next open in this JVM as in use.
        CliRunner.Result next = cli.run("case", "list");
        assertThat(next.code()).as(next.err()).isZero();
    }

    private static List<Class<?>> leaves(Class<?> command) {
        Class<?>[] subcommands = command.getAnnotation(Command.class).subcommands();
        if (subcommands.length == 0) {
            return List.of(command);
        }
        List<Class<?>> leaves = new ArrayList<>();
        for (Class<?> subcommand : subcommands) {
            leaves.addAll(leaves(subcommand));
        }
        return leaves;
    }
}
