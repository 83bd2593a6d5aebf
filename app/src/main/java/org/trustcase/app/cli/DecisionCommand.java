package org.trustcase.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import org.trustcase.app.cli.json.AssessmentJson;
import org.trustcase.app.cli.json.Json;
import org.trustcase.model.assessment.NotificationDecision;
import org.trustcase.model.cases.CaseReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code trustcase decision list|signoff}. */
@Command(name = "decision", description = "Read notification decisions and sign them off.",
        subcommands = {DecisionCommand.ListVersions.class, DecisionCommand.SignOff.class})
final class DecisionCommand {

    @Command(name = "list", description = "Every decision version of a case as JSON, oldest first.")
    static final class ListVersions extends InWorkspaceCommand {
        @Parameters(index = "0", paramLabel = "REF", description = "The case reference.")
        String reference;

        ListVersions(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            List<NotificationDecision> versions = fromWorkspace(
                    context -> context.assessments().decisions(CaseReference.parse(reference)));
            ArrayNode array = Json.mapper().createArrayNode();
            versions.forEach(d -> array.add(AssessmentJson.decision(d)));
            session.out().println(Json.print(array));
            return Cli.OK;
        }
    }

    @Command(name = "signoff", description = "Sign off the current decision (as legal reviewer).")
    static final class SignOff extends InWorkspaceCommand {
        @Parameters(index = "0", paramLabel = "REF", description = "The case reference.")
        String reference;

        @Parameters(index = "1", paramLabel = "VERSION", description = "The decision version being signed off.")
        int version;

        SignOff(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            inWorkspace(context -> {
                NotificationDecision signed = context.assessments().signOff(CaseReference.parse(reference), version);
                session.out().println(signed.caseReference() + " decision v" + signed.version() + " signed off by "
                        + signed.signOff().reviewer());
            });
            return Cli.OK;
        }
    }
}
