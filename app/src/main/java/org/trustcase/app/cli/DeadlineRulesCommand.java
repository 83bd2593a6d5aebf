package org.trustcase.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.concurrent.Callable;
import org.trustcase.app.cli.json.DeadlineJson;
import org.trustcase.app.cli.json.Json;
import org.trustcase.model.deadlines.DeadlineRule;
import org.trustcase.model.deadlines.RuleCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code trustcase deadlines rules [--format json]}: every rule with its fields, citation, source and verification;
 * a rule that changed over time is listed once per version, each with the period it is in force.
 */
@Command(name = "rules", description = "List every deadline rule (each version of a rule that changed) with its time "
        + "limits, conditions, citation, source and verification level.")
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
            catalog.allVersions().forEach(rule -> array.add(DeadlineJson.rule(rule)));
            session.out().println(Json.print(array));
        } else {
            for (DeadlineRule rule : catalog.allVersions()) {
                session.out().printf("%-22s %-6s %-58s %-13s %-23s %s%n", rule.id(), rule.kind().code(),
                        DeadlineText.limits(rule.limits()), rule.verification().code(), period(rule),
                        rule.citation());
            }
        }
        return Cli.OK;
    }

    /** The period a version is in force: {@code 2026-01-01..}, {@code ..2025-12-31}, or {@code always}. */
    private static String period(DeadlineRule rule) {
        if (!rule.dated()) {
            return "always";
        }
        return (rule.effectiveFrom() == null ? "" : rule.effectiveFrom().toString()) + ".."
                + (rule.effectiveUntil() == null ? "" : rule.effectiveUntil().toString());
    }
}
