package org.trustcase.app.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.trustcase.app.documents.CaseSummaryPdf;
import org.trustcase.app.documents.DocumentLanguage;
import org.trustcase.app.text.TimelineText;
import org.trustcase.model.audit.AuditVerification;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.reports.CaseSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code trustcase report case}: the reports made of the record. */
@Command(name = "report", description = "Reports made of the record: a case's summary as PDF.",
        subcommands = ReportCommand.CaseReport.class)
final class ReportCommand {
    private ReportCommand() {
    }

    @Command(name = "case", description = "A case's summary as PDF: one page at a glance, then the facts, legal"
            + " deadlines, assessments and decisions, notifications, evidence, annotations and timeline; every page"
            + " footed with the audit trail's checkpoint and check. Privileged annotations are left out unless asked"
            + " for. Recorded in the audit trail.")
    static final class CaseReport extends InWorkspaceCommand {
        @Parameters(index = "0", paramLabel = "REF", description = "The case reference.")
        String reference;

        @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "The PDF file to write.")
        Path out;

        @Option(names = "--include-privileged", description = "Include privileged annotations (legal advice).")
        boolean includePrivileged;

        @Option(names = "--language", defaultValue = "en", paramLabel = "LANG", description = "en or pl.")
        String language;

        @Spec
        CommandSpec spec;

        CaseReport(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() throws IOException {
            CaseReference ref = CaseReference.parse(reference);
            if (!language.equals("en") && !language.equals("pl")) {
                throw new ParameterException(spec.commandLine(), "--language: a summary is written in en or pl, not '"
                        + language + "'");
            }
            Path target = out.toAbsolutePath();
            Path temp = Files.createTempFile(target.getParent() == null ? Path.of(".") : target.getParent(),
                    ".summary-", ".pdf.part");
            try {
                inWorkspace(context -> {
                    AuditVerification verified = context.audit().verify();
                    CaseSummary summary = context.reports().caseSummary(ref, includePrivileged);
                    DocumentLanguage words = DocumentLanguage.of(language, context.organisation().profile());
                    try (OutputStream pdf = Files.newOutputStream(temp)) {
                        new CaseSummaryPdf(words, TimelineText.forLanguage(language, words::labelOrCode,
                                words::dateTime)).write(summary,
                                CaseSummaryPdf.verification(words, verified, summary.printedAt()), pdf);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
                // the file appears whole or not at all
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
            session.out().println(target);
            return Cli.OK;
        }
    }
}
