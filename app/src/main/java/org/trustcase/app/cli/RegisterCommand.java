package org.trustcase.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.trustcase.app.documents.DocumentLanguage;
import org.trustcase.app.register.RegisterFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code trustcase register export}: the breach register (GDPR Art. 33(5)) of a period, to a file. */
@Command(name = "register", description = "The breach register (GDPR Art. 33(5)).",
        subcommands = RegisterCommand.Export.class)
final class RegisterCommand {
    private RegisterCommand() {
    }

    @Command(name = "export", description = "Every case the organisation became aware of from --from to --to (both"
            + " days included, in the organisation's time zone), with the register's columns, as csv, xlsx or pdf."
            + " Recorded in the audit trail.")
    static final class Export extends InWorkspaceCommand {
        @Option(names = "--from", required = true, paramLabel = "DATE", description = "The first day (YYYY-MM-DD).")
        LocalDate from;

        @Option(names = "--to", required = true, paramLabel = "DATE", description = "The last day (YYYY-MM-DD).")
        LocalDate to;

        @Option(names = "--format", required = true, paramLabel = "csv|xlsx|pdf", description = "csv, xlsx or pdf.")
        String format;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
        Path out;

        @Spec
        CommandSpec spec;

        Export(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() throws IOException {
            RegisterFile.Format chosen;
            try {
                chosen = RegisterFile.Format.of(format);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--format: csv, xlsx or pdf, not '" + format + "'");
            }
            if (to.isBefore(from)) {
                throw new ParameterException(spec.commandLine(), "--to: " + to + " is before --from " + from);
            }
            long rows = fromWorkspace(context -> {
                DocumentLanguage language = DocumentLanguage.of("en", context.organisation().profile());
                ZoneId zone = DocumentLanguage.zoneOf(context.organisation().profile());
                Instant start = from.atStartOfDay(zone).toInstant();
                Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
                try {
                    return RegisterFile.write(context.reports(), start, end, chosen, out, language);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            session.out().println(rows + " cases written to " + out.toAbsolutePath());
            return Cli.OK;
        }
    }
}
