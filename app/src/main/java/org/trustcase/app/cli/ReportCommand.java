package org.trustcase.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.trustcase.app.WholeFile;
import org.trustcase.app.documents.CaseSummaryPdf;
import org.trustcase.app.documents.DocumentLanguage;
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
@Command(name = "report", description = "Reports made of the record: a case's summary, a year's transparency"
        + " report.",
        subcommands = {ReportCommand.CaseReport.class, ReportCommand.Transparency.class})
final class ReportCommand {
    private ReportCommand() {
    }

    /** A report is written in English or Polish: another language is refused by its option. */
    static void requireLanguage(CommandSpec spec, String language) {
        if (!language.equals("en") && !language.equals("pl")) {
            throw new ParameterException(spec.commandLine(), "--language: en or pl, not '" + language + "'");
        }
    }

    /** Writes the report file whole or not at all, inside the use case's callback. */
    static void write(Path out, String prefix, WholeFile.Writer<?> writer) {
        try {
            WholeFile.write(out, prefix, writer);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
            requireLanguage(spec, language);
            inWorkspace(context -> {
                AuditVerification verified = context.audit().verify();
                CaseSummary summary = context.reports().caseSummary(ref, includePrivileged);
                DocumentLanguage words = DocumentLanguage.of(language, context.organisation().profile());
                write(out, ".summary-", pdf -> {
                    new CaseSummaryPdf(words).write(summary, CaseSummaryPdf.verification(words, verified,
                            summary.printedAt()), pdf);
                    return null;
                });
            });
            session.out().println(out.toAbsolutePath());
            return Cli.OK;
        }
    }

    @Command(name = "transparency", description = "A year's transparency report, to publish: the cases the"
            + " organisation became aware of in the year (in its time zone), breaches by kind and cause, how many the"
            + " authority was notified of and how quickly, how many were told to the people concerned; no personal"
            + " data. Recorded in the audit trail.")
    static final class Transparency extends InWorkspaceCommand {
        @Option(names = "--year", required = true, paramLabel = "YYYY", description = "The year.")
        int year;

        @Option(names = "--format", required = true, paramLabel = "pdf|csv", description = "pdf or csv.")
        String format;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
        Path out;

        @Option(names = "--language", defaultValue = "en", paramLabel = "LANG", description = "en or pl (PDF).")
        String language;

        @Spec
        CommandSpec spec;

        Transparency(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() throws IOException {
            if (!format.equals("pdf") && !format.equals("csv")) {
                throw new ParameterException(spec.commandLine(), "--format: pdf or csv, not '" + format + "'");
            }
            requireLanguage(spec, language);
            if (year < 2000 || year > 2999) {
                throw new ParameterException(spec.commandLine(), "--year: a year such as 2026, not " + year);
            }
            inWorkspace(context -> {
                java.time.ZoneId zone = DocumentLanguage.zoneOf(context.organisation().profile());
                var figures = context.reports().transparency(year,
                        java.time.LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant(),
                        java.time.LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant());
                var report = new org.trustcase.app.documents.TransparencyReport(figures);
                write(out, ".transparency-", file -> {
                    if (format.equals("csv")) {
                        report.csv(file);
                    } else {
                        report.pdf(DocumentLanguage.of(language, context.organisation().profile()), file);
                    }
                    return null;
                });
            });
            session.out().println(out.toAbsolutePath());
            return Cli.OK;
        }
    }
}
