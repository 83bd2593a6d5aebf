package org.trustcase.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import org.trustcase.app.cli.json.AssessmentJson;
import org.trustcase.app.cli.json.Json;
import org.trustcase.model.assessment.Assessment;
import org.trustcase.model.assessment.AssessmentComparison;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.severity.SeverityMethod;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code trustcase assessment list|compare}. */
@Command(name = "assessment", description = "Read a case's assessment versions.",
        subcommands = {AssessmentCommand.ListVersions.class, AssessmentCommand.Compare.class})
final class AssessmentCommand {

    @Command(name = "list", description = "Every assessment version of a case, oldest first.")
    static final class ListVersions extends InWorkspaceCommand {
        @Parameters(index = "0", paramLabel = "REF", description = "The case reference.")
        String reference;

        @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", description = "Output format.")
        OutputFormat format;

        ListVersions(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            CaseReference ref = CaseReference.parse(reference);
            inWorkspace(context -> print(context.assessments().assessments(ref),
                    context.assessments().method().table().verified()));
            return Cli.OK;
        }

        private void print(List<Assessment> versions, boolean verified) {
            if (format == OutputFormat.json) {
                ArrayNode array = Json.mapper().createArrayNode();
                versions.forEach(a -> array.add(AssessmentJson.assessment(a, verified)));
                session.out().println(Json.print(array));
            } else {
                for (Assessment a : versions) {
                    session.out().println("v" + a.version() + "\t" + Json.instant(a.assessedAt()) + "\t" + TerminalText.escape(String.valueOf(a.author()))
                            + "\t" + SeverityMethod.plain(a.result().score()) + "\t" + a.result().band().code());
                }
            }
        }
    }

    @Command(name = "compare", description = "Two assessment versions side by side; changed items are marked with *.")
    static final class Compare extends InWorkspaceCommand {
        @Parameters(index = "0", paramLabel = "REF", description = "The case reference.")
        String reference;

        @Parameters(index = "1", paramLabel = "V1", description = "The first version.")
        int left;

        @Parameters(index = "2", paramLabel = "V2", description = "The second version.")
        int right;

        Compare(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            AssessmentComparison comparison = fromWorkspace(
                    context -> context.assessments().compare(CaseReference.parse(reference), left, right));
            session.out().printf("  %-20s %-30s %s%n", "", "v" + left, "v" + right);
            for (AssessmentComparison.Difference d : comparison.differences()) {
                session.out().printf("%s %-20s %-30s %s%n", d.changed() ? "*" : " ", d.item(), orDash(d.left()),
                        orDash(d.right()));
            }
            return Cli.OK;
        }

        private static String orDash(String value) {
            return value == null || value.isEmpty() ? "-" : TerminalText.escape(value);
        }
    }
}
