package org.trustcase.app.cli;

import org.trustcase.app.cli.json.AssessmentJson;
import org.trustcase.app.cli.json.Json;
import org.trustcase.model.assessment.Suggestion;
import org.trustcase.model.cases.CaseReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code trustcase suggest REF}: what Trustcase suggests, with its reasoning. */
@Command(name = "suggest", description = "Suggest whom to notify, from the latest assessment and the case's facts.")
final class SuggestCommand extends InWorkspaceCommand {
    @Parameters(index = "0", paramLabel = "REF", description = "The case reference.")
    String reference;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", description = "Output format.")
    OutputFormat format;

    SuggestCommand(CliSession session) {
        super(session);
    }

    @Override
    public Integer call() {
        Suggestion suggestion = fromWorkspace(context -> context.assessments().suggest(CaseReference.parse(reference)));
        if (format == OutputFormat.json) {
            session.out().println(Json.print(AssessmentJson.suggestion(suggestion)));
        } else {
            Cli.texts().render(suggestion.reasons()).forEach(session.out()::println);
        }
        return Cli.OK;
    }
}
