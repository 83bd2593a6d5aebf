package org.trustcase.app.cli;

import org.trustcase.model.cases.CaseReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code trustcase case assign REF USER [--remove]}: the legal reviewers of a case. */
@Command(name = "assign", description = "Assign a legal reviewer to a case (or end the assignment with --remove); a"
        + " reviewer reads only their cases and signs off their decisions.")
final class CaseAssignCommand extends InWorkspaceCommand {
    @Parameters(index = "0", paramLabel = "REF", description = "The case reference.")
    String reference;

    @Parameters(index = "1", paramLabel = "USER", description = "The reviewer's login.")
    String login;

    @Option(names = "--remove", description = "End the assignment instead.")
    boolean remove;

    CaseAssignCommand(CliSession session) {
        super(session);
    }

    @Override
    public Integer call() {
        CaseReference ref = CaseReference.parse(reference);
        java.util.List<String> assigned = fromWorkspace(context -> {
            if (remove) {
                context.users().unassign(ref, login);
            } else {
                context.users().assign(ref, login);
            }
            return context.users().assigned(ref);
        });
        session.out().println(ref + " reviewers: " + String.join(", ", assigned));
        return Cli.OK;
    }
}
