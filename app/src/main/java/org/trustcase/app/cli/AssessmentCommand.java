package org.trustcase.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import java.util.concurrent.Callable;
import org.trustcase.app.AppContext;
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
    static final class ListVersions implements Callable<Integer> {
        private final CliSession session;

        @Parameters(index = "0", paramLabel = "REF", description = "The case reference.")
        String reference;

        @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", description = "Output format.")
        OutputFormat format;

        ListVersions(CliSession session) {
            this.session = session;
        }

        @Override
        public Integer call() {
            CaseReference ref = CaseReference.parse(reference);
            List<Assessment> versions;
            boolean verified;
            try (AppContext context = session.open()) {
                versions = context.assessments().assessments(ref);
                verified = context.assessments().method().table().verified();
            }
            if (format == OutputFormat.json) {
                ArrayNode array = Json.mapper().createArrayNode();
                versions.forEach(a -> array.add(AssessmentJson.assessment(a, verified)));
                session.out().println(Json.print(array));
            } else {
                for (Assessment a : versions) {
                    session.out().println("v" + a.version() + "\t" + Json.instant(a.assessedAt()) + "\t" + a.author()
                            + "\t" + SeverityMethod.plain(a.result().score()) + "\t" + a.result().band().code());
                }
            }
            return Cli.OK;
        }
    }

    @Command(name = "compare", description = "Two assessment versions side by side; changed items are marked with *.")
    static final class Compare implements Callable<Integer> {
        private final CliSession session;

        @Parameters(index = "0", paramLabel = "REF", description = "The case reference.")
        String reference;

        @Parameters(index = "1", paramLabel = "V1", description = "The first version.")
        int left;

        @Parameters(index = "2", paramLabel = "V2", description = "The second version.")
        int right;

        Compare(CliSession session) {
            this.session = session;
        }

        @Override
        public Integer call() {
            AssessmentComparison comparison;
            try (AppContext context = session.open()) {
                comparison = context.assessments().compare(CaseReference.parse(reference), left, right);
            }
            session.out().printf("  %-20s %-30s %s%n", "", "v" + left, "v" + right);
            for (AssessmentComparison.Difference d : comparison.differences()) {
                session.out().printf("%s %-20s %-30s %s%n", d.changed() ? "*" : " ", d.item(), orDash(d.left()),
                        orDash(d.right()));
            }
            return Cli.OK;
        }

        private static String orDash(String value) {
            return value == null || value.isEmpty() ? "-" : value;
        }
    }
}
