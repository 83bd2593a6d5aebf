package org.trustcase.app.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code trustcase}: with no subcommand opens the window; with one, runs it headless (see {@link Subcommands}). */
@Command(name = "trustcase", mixinStandardHelpOptions = true, version = "Trustcase 0.1.0",
        description = "Personal-data breach cases: intake, investigation, deadlines, notifications, audit.")
public final class TrustcaseCommand implements Callable<Integer> {
    private static final int MAX_WAIT_SECONDS = 86_400;
    private final CliSession session;

    @Spec
    CommandSpec spec;

    public TrustcaseCommand(CliSession session) {
        this.session = session;
    }

    @Option(names = "--workspace", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "The workspace folder (default: the per-user data folder).")
    void workspace(Path directory) {
        session.workspace(directory);
    }

    @Option(names = "--wait", paramLabel = "SECONDS", scope = ScopeType.INHERIT,
            description = "Wait up to SECONDS for a busy workspace instead of exiting with 4 (default: no wait for a"
                    + " workspace being updated or restored, 5 s for another process's write).")
    void waitFor(int seconds) {
        if (seconds < 0 || seconds > MAX_WAIT_SECONDS) {
            throw new ParameterException(spec.commandLine(), "--wait must be 0 to " + MAX_WAIT_SECONDS + " seconds, not "
                    + seconds);
        }
        session.waitFor(Duration.ofSeconds(seconds));
    }

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces of errors.")
    void debug(boolean on) {
        session.debug(on);
    }

    @Option(names = "--demo", description = "Open the window on the demo workspace (made the first time).")
    boolean demo;

    @Override
    public Integer call() {
        if (demo && session.workspaceChosen()) {
            throw new ParameterException(spec.commandLine(), "--demo opens the demo workspace: leave out --workspace");
        }
        session.startDesktop(demo);
        return Cli.OK;
    }
}
