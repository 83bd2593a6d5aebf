package org.trustcase.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import org.trustcase.app.cli.json.DeadlineJson;
import org.trustcase.app.cli.json.Json;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.deadlines.DeadlineClock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code trustcase deadlines list REF [--format json]}: the case's clocks with their status now. */
@Command(name = "list", description = "The clocks of a case, computed from its recorded events and facts.")
final class DeadlineListCommand extends InWorkspaceCommand {
    @Parameters(index = "0", paramLabel = "REF", description = "The case reference.")
    String reference;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", description = "Output format.")
    OutputFormat format;

    DeadlineListCommand(CliSession session) {
        super(session);
    }

    @Override
    public Integer call() {
        List<DeadlineClock> clocks = fromWorkspace(context -> context.clocks().clocks(CaseReference.parse(reference)));
        if (format == OutputFormat.json) {
            ArrayNode array = Json.mapper().createArrayNode();
            clocks.forEach(c -> array.add(DeadlineJson.clock(c)));
            session.out().println(Json.print(array));
        } else {
            for (DeadlineClock c : clocks) {
                session.out().printf("%-18s %-15s %-22s %s%n", c.rule().id(), c.status().code(),
                        c.dueAt() == null ? "-" : Json.instant(c.dueAt()), TerminalText.escape(Cli.TEXTS.render(c.reason() == null ? c.basis() : c.reason())));
            }
        }
        return Cli.OK;
    }
}
