package org.trustcase.app.cli;

import org.trustcase.model.cases.CaseReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code trustcase deadlines waive REF RULE --reason T}: no notification is required, on a stated legal ground. */
@Command(name = "waive", description = "Record that a clock's notification is not required, with the legal ground.")
final class DeadlineWaiveCommand extends InWorkspaceCommand {
    @Parameters(index = "0", paramLabel = "REF", description = "The case reference.")
    String reference;

    @Parameters(index = "1", paramLabel = "RULE", description = "The rule id, e.g. GDPR-SA.")
    String rule;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "The legal ground.")
    String reason;

    DeadlineWaiveCommand(CliSession session) {
        super(session);
    }

    @Override
    public Integer call() {
        inWorkspace(context -> context.clocks().waive(CaseReference.parse(reference), rule, reason));
        session.out().println(reference + " " + rule + " waived");
        return Cli.OK;
    }
}
