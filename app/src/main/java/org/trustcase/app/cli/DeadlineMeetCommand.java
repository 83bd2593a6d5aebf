package org.trustcase.app.cli;

import org.trustcase.app.cli.json.Instants;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.common.ValidationException;
import org.trustcase.model.deadlines.DeadlineClock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code trustcase deadlines meet REF RULE --at ISO_INSTANT [--delay-reason T]}: exit 2 if late without a reason. */
@Command(name = "meet", description = "Record that a clock's notification or report was made.")
final class DeadlineMeetCommand extends InWorkspaceCommand {
    @Parameters(index = "0", paramLabel = "REF", description = "The case reference.")
    String reference;

    @Parameters(index = "1", paramLabel = "RULE", description = "The rule id, e.g. GDPR-SA.")
    String rule;

    @Option(names = "--at", required = true, paramLabel = "ISO_INSTANT", description = "When it was made.")
    String at;

    @Option(names = "--delay-reason", paramLabel = "TEXT", description = "Why it was late (required when late).")
    String delayReason;

    DeadlineMeetCommand(CliSession session) {
        super(session);
    }

    @Override
    public Integer call() {
        CaseReference ref = CaseReference.parse(reference);
        DeadlineClock met;
        try {
            met = fromWorkspace(context -> context.clocks().meet(ref, rule, Instants.parse(at, "--at"), delayReason));
        } catch (ValidationException e) {
            throw new ValidationException(e.errors().stream().map(error -> switch (error.field()) {
                case "delayReason" -> error.renamed("--delay-reason");
                case "at" -> error.renamed("--at");
                default -> error;
            }).toList());
        }
        session.out().println(ref + " " + met.rule().id() + " met " + met.met().at() + (met.metLate() ? " (late)" : ""));
        return Cli.OK;
    }
}
