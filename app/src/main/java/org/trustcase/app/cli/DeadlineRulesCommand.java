package org.trustcase.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.concurrent.Callable;
import org.trustcase.app.cli.json.DeadlineJson;
import org.trustcase.app.cli.json.Json;
import org.trustcase.model.deadlines.DeadlineRule;
import org.trustcase.model.deadlines.RuleCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code trustcase deadlines rules [--format json]}: every rule with its fields and citation. */
@Command(name = "rules", description = "List every deadline rule with its time limits, conditions and citation.")
final class DeadlineRulesCommand implements Callable<Integer> {
    private final CliSession session;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", description = "Output format.")
    OutputFormat format;

    DeadlineRulesCommand(CliSession session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        RuleCatalog catalog = RuleCatalog.standard();
        if (format == OutputFormat.json) {
            ArrayNode array = Json.mapper().createArrayNode();
            catalog.rules().forEach(rule -> array.add(DeadlineJson.rule(rule)));
            session.out().println(Json.print(array));
        } else {
            for (DeadlineRule rule : catalog.rules()) {
                session.out().printf("%-18s %-6s %-58s %s%n", rule.id(), rule.kind().code(),
                        DeadlineText.limits(rule.limits()), rule.citation());
            }
        }
        return Cli.OK;
    }
}
