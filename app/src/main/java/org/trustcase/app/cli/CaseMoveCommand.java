package org.trustcase.app.cli;

import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.CaseStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code trustcase case move REF STATUS [--reason TEXT]}: a workflow transition, or exit 2 with the guard's message. */
@Command(name = "move", description = "Move a case to another status (NEW, TRIAGE, INVESTIGATING, NOTIFYING, CLOSED, NOT_A_BREACH).")
final class CaseMoveCommand extends InWorkspaceCommand {
    @Parameters(index = "0", paramLabel = "REF", description = "The case reference.")
    String reference;

    @Parameters(index = "1", paramLabel = "STATUS", description = "The target status.")
    String status;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why (required to close as NOT_A_BREACH or to reopen).")
    String reason;

    CaseMoveCommand(CliSession session) {
        super(session);
    }

    @Override
    public Integer call() {
        CaseReference ref = CaseReference.parse(reference);
        CaseStatus target = CaseStatus.parse(status, "STATUS");
        inWorkspace(context -> {
            BreachCase moved = context.cases().move(ref, null, target, reason);
            session.out().println(moved.reference() + " " + moved.status());
        });
        return Cli.OK;
    }
}
