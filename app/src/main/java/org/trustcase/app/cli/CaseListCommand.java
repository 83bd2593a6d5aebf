package org.trustcase.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import java.util.concurrent.Callable;
import org.trustcase.app.AppContext;
import org.trustcase.app.cli.json.CaseJson;
import org.trustcase.app.cli.json.Json;
import org.trustcase.model.cases.BreachCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code trustcase case list [--format json]}. */
@Command(name = "list", description = "List every case, newest first.")
final class CaseListCommand implements Callable<Integer> {
    private final CliSession session;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", description = "Output format.")
    OutputFormat format;

    CaseListCommand(CliSession session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        List<BreachCase> cases;
        try (AppContext context = session.open()) {
            cases = context.cases().list();
        }
        if (format == OutputFormat.json) {
            ArrayNode array = Json.mapper().createArrayNode();
            cases.forEach(c -> array.add(CaseJson.write(c)));
            session.out().println(Json.print(array));
        } else {
            session.out().print(CaseText.table(cases));
        }
        return Cli.OK;
    }
}
