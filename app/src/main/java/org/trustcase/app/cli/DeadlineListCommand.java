package org.trustcase.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.trustcase.app.cli.json.DeadlineJson;
import org.trustcase.app.cli.json.Json;
import org.trustcase.model.caseclocks.CaseClockList;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.common.Problem;
import org.trustcase.model.deadlines.DeadlineClock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code trustcase deadlines list REF [--format json]}: the case's clocks with their status now. A case with no
 * jurisdiction, or with jurisdictions no rule covers, says so: a first line {@code notice: …} in text; in JSON the
 * array of clocks becomes {@code {"reference", "notice": {"code", "message", "jurisdictions"}, "clocks": […]}}.
 */
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
        CaseReference ref = CaseReference.parse(reference);
        CaseClockList listed = fromWorkspace(context -> context.clocks().list(ref));
        Optional<Problem> notice = listed.coverage().notice();
        if (format == OutputFormat.json) {
            ArrayNode clocks = Json.mapper().createArrayNode();
            listed.clocks().forEach(c -> clocks.add(DeadlineJson.clock(c)));
            if (notice.isEmpty()) {
                session.out().println(Json.print(clocks));
                return Cli.OK;
            }
            ObjectNode document = Json.object();
            document.put("reference", ref.toString());
            ObjectNode n = document.putObject("notice");
            n.put("code", listed.coverage().gap().code());
            n.put("message", Cli.texts().render(notice.get()));
            ArrayNode uncovered = n.putArray("jurisdictions");
            listed.coverage().uncovered().forEach(uncovered::add);
            document.set("clocks", clocks);
            session.out().println(Json.print(document));
        } else {
            notice.ifPresent(n -> session.out().println("notice: " + TerminalText.escape(Cli.texts().render(n))));
            for (DeadlineClock c : listed.clocks()) {
                session.out().printf("%-18s %-15s %-22s %s%n", c.rule().id(), c.status().code(),
                        c.dueAt() == null ? "-" : Json.instant(c.dueAt()), TerminalText.escape(Cli.texts().render(c.reason() == null ? c.basis() : c.reason())));
            }
        }
        return Cli.OK;
    }
}
