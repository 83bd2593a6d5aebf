package org.trustcase.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code trustcase}: with no subcommand opens the window; with one, runs it headless. */
@Command(name = "trustcase", mixinStandardHelpOptions = true, version = "Trustcase 0.1.0",
        description = "Personal-data breach cases: intake, investigation, deadlines, notifications, audit.",
        subcommands = {WorkspaceCommand.class, CaseCommand.class, AuditCommand.class, DeadlinesCommand.class,
                SeverityCommand.class, AssessCommand.class, AssessmentCommand.class, SuggestCommand.class,
                DecideCommand.class, DecisionCommand.class})
public final class TrustcaseCommand implements Callable<Integer> {
    private final CliSession session;

    public TrustcaseCommand(CliSession session) {
        this.session = session;
    }

    @Option(names = "--workspace", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "The workspace folder (default: the per-user data folder).")
    void workspace(Path directory) {
        session.workspace(directory);
    }

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces of errors.")
    void debug(boolean on) {
        session.debug(on);
    }

    @Override
    public Integer call() {
        session.startDesktop();
        return Cli.OK;
    }
}
