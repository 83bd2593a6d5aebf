package org.trustcase.app.cli;

import org.trustcase.app.cli.json.AssessmentJson;
import org.trustcase.app.cli.json.Json;
import org.trustcase.model.assessment.Assessment;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.severity.SeverityInputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code trustcase assess REF …}: records the next assessment version of a case. */
@Command(name = "assess", description = "Record a risk assessment (ENISA method) as the case's next assessment version.")
final class AssessCommand extends InWorkspaceCommand {
    @Parameters(index = "0", paramLabel = "REF", description = "The case reference.")
    String reference;

    @Mixin
    SeverityOptions options;

    @Option(names = "--narrative", paramLabel = "TEXT", description = "Likely consequences for the individuals.")
    String narrative;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", description = "Output format.")
    OutputFormat format;

    AssessCommand(CliSession session) {
        super(session);
    }

    @Override
    public Integer call() {
        CaseReference ref = CaseReference.parse(reference);
        inWorkspace(context -> {
            SeverityInputs inputs = options.toInputs(context.assessments().method().table());
            Assessment recorded = context.assessments().assess(ref, inputs, narrative);
            if (format == OutputFormat.json) {
                session.out().println(Json.print(AssessmentJson.assessment(recorded,
                        context.assessments().method().table().verified())));
            } else {
                session.out().println(ref + " assessment v" + recorded.version() + ": "
                        + recorded.result().band().code() + " (" + recorded.result().score().toPlainString() + ")");
            }
        });
        return Cli.OK;
    }
}
