package org.trustcase.app.cli;

import org.trustcase.app.cli.json.CaseJson;
import org.trustcase.app.cli.json.Json;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.CaseReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code trustcase case show REF [--format json]}: every field of one case. */
@Command(name = "show", description = "Show one case with all its fields.")
final class CaseShowCommand extends InWorkspaceCommand {
    @Parameters(index = "0", paramLabel = "REF", description = "The case reference, e.g. TC-2026-0042.")
    String reference;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", description = "Output format.")
    OutputFormat format;

    CaseShowCommand(CliSession session) {
        super(session);
    }

    @Override
    public Integer call() {
        CaseReference ref = CaseReference.parse(reference);
        BreachCase breachCase = fromWorkspace(context -> context.cases().get(ref));
        session.out().print(format == OutputFormat.json ? Json.print(CaseJson.write(breachCase)) + System.lineSeparator()
                : CaseText.details(breachCase));
        return Cli.OK;
    }
}
