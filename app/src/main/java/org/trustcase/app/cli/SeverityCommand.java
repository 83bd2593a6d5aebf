package org.trustcase.app.cli;

import java.util.concurrent.Callable;
import org.trustcase.app.cli.json.AssessmentJson;
import org.trustcase.app.cli.json.Json;
import org.trustcase.model.severity.SeverityMethod;
import org.trustcase.model.severity.SeverityResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code trustcase severity …}: the ENISA score of the given inputs; needs no workspace. */
@Command(name = "severity", description = "Compute an ENISA severity score (SE = DPC × EI + CB) without recording it.")
final class SeverityCommand implements Callable<Integer> {
    private final CliSession session;

    @Mixin
    SeverityOptions options;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", description = "Output format.")
    OutputFormat format;

    SeverityCommand(CliSession session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        SeverityMethod method = SeverityMethod.standard();
        SeverityResult result = method.score(options.toInputs(method.table()));
        if (format == OutputFormat.json) {
            session.out().println(Json.print(AssessmentJson.severity(result, method.table().verified())));
        } else {
            Cli.texts().render(result.explanation()).forEach(session.out()::println);
            if (!method.table().verified()) {
                session.out().println("Note: the per-level CB values are not verified against ENISA's own table.");
            }
        }
        return Cli.OK;
    }
}
