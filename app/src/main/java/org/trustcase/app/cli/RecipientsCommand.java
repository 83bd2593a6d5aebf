package org.trustcase.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.trustcase.app.cli.json.Json;
import org.trustcase.app.csv.RecipientCsv;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.common.Coded;
import org.trustcase.model.common.ValidationException;
import org.trustcase.model.notifications.Recipient;
import org.trustcase.model.notifications.RecipientService;
import org.trustcase.model.notifications.RecipientStatus;
import org.trustcase.model.notifications.RowProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code trustcase recipients import|list|status}: the register of the data subjects a case must tell. */
@Command(name = "recipients", description = "Import, list and update the data subjects to be told of a breach.",
        subcommands = {RecipientsCommand.Import.class, RecipientsCommand.ListRecipients.class,
                RecipientsCommand.Status.class})
final class RecipientsCommand {

    static ArrayNode problems(List<RowProblem> rejected) {
        ArrayNode array = Json.mapper().createArrayNode();
        for (RowProblem problem : rejected) {
            array.addObject().put("line", problem.line()).put("column", problem.column())
                    .put("reason", Cli.texts().render(problem.reason()));
        }
        return array;
    }

    static void printProblems(CliSession session, List<RowProblem> rejected, int total) {
        for (RowProblem problem : rejected) {
            session.err().println("line " + problem.line() + (problem.column() == null ? ""
                    : ", column " + TerminalText.escape(problem.column())) + ": " + TerminalText.escape(
                            Cli.texts().render(problem.reason())));
        }
        if (total > rejected.size()) {
            session.err().println("… and " + (total - rejected.size()) + " more");
        }
    }

    @Command(name = "import", description = "Import recipients from a CSV file (UTF-8; columns name, email and/or"
            + " address, language; any other column is kept as a merge field). Every row is checked; a file with"
            + " refused rows imports nothing unless --valid-only.")
    static final class Import extends InWorkspaceCommand {
        @Parameters(index = "0", paramLabel = "REF", description = "The case reference.")
        String reference;

        @Parameters(index = "1", paramLabel = "FILE.csv", description = "The recipient file.")
        Path file;

        @Option(names = "--valid-only", description = "Import the valid rows of a file that has refused rows.")
        boolean validOnly;

        @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text or json.")
        OutputFormat format;

        Import(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            CaseReference ref = CaseReference.parse(reference);
            RecipientService.RowFile rows = RecipientCsv.open(file);
            RecipientService.Imported imported = fromWorkspace(context ->
                    context.recipients().importRecipients(ref, rows, validOnly));
            if (format == OutputFormat.json) {
                ObjectNode node = Json.object().put("imported", imported.imported())
                        .put("duplicates", imported.duplicates()).put("rejectedTotal", imported.rejectedTotal());
                node.set("rejected", problems(imported.rejected()));
                session.out().println(Json.print(node));
            } else {
                session.out().println("Imported " + imported.imported() + " recipients into " + ref + "; "
                        + imported.duplicates() + " already in the register, " + imported.rejectedTotal()
                        + " rows refused");
                printProblems(session, imported.rejected(), imported.rejectedTotal());
            }
            boolean refusedWhole = imported.rejectedTotal() > 0 && (!validOnly || imported.imported() == 0
                    && imported.duplicates() == 0 && imported.rejected().stream().allMatch(p -> p.line() == 1));
            return refusedWhole ? Cli.INVALID : Cli.OK;
        }
    }

    @Command(name = "list", description = "A case's recipients, in the order they were imported.")
    static final class ListRecipients extends InWorkspaceCommand {
        @Parameters(index = "0", paramLabel = "REF", description = "The case reference.")
        String reference;

        @Option(names = "--status", paramLabel = "STATUS", description = "Only those in this status (pending, sent,"
                + " delivered, bounced, returned, acknowledged).")
        String status;

        @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text or json.")
        OutputFormat format;

        ListRecipients(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            CaseReference ref = CaseReference.parse(reference);
            RecipientStatus only = status == null ? null : Coded.find(RecipientStatus.class, status)
                    .orElseThrow(() -> new ValidationException("--status", "recipients.status-unknown", status));
            ArrayNode array = Json.mapper().createArrayNode();
            fromWorkspace(context -> {
                long after = 0;
                while (true) {
                    List<Recipient> page = context.recipients().list(ref, only, after, 5_000);
                    for (Recipient recipient : page) {
                        if (format == OutputFormat.json) {
                            array.add(json(recipient));
                        } else {
                            session.out().println(recipient.id() + "\t" + recipient.status().code() + "\t"
                                    + TerminalText.escape(recipient.name()) + "\t"
                                    + TerminalText.escape(String.valueOf(recipient.email())));
                        }
                    }
                    if (page.size() < 5_000) {
                        return null;
                    }
                    after = page.get(page.size() - 1).id();
                }
            });
            if (format == OutputFormat.json) {
                session.out().println(Json.print(array));
            }
            return Cli.OK;
        }

        private static ObjectNode json(Recipient recipient) {
            ObjectNode node = Json.object().put("id", recipient.id()).put("line", recipient.line())
                    .put("name", recipient.name()).put("email", recipient.email())
                    .put("address", recipient.address()).put("language", recipient.language())
                    .put("status", recipient.status().code())
                    .put("statusAt", recipient.statusAt() == null ? null : Json.instant(recipient.statusAt()))
                    .put("channel", recipient.channel());
            ObjectNode fields = node.putObject("fields");
            for (Map.Entry<String, String> field : recipient.fields().entrySet()) {
                fields.put(field.getKey(), field.getValue());
            }
            return node;
        }
    }

    @Command(name = "status", description = "Set recipients' statuses from a CSV file (columns: email or id, status,"
            + " at as an ISO instant, channel optional). All rows or none.")
    static final class Status extends InWorkspaceCommand {
        @Parameters(index = "0", paramLabel = "REF", description = "The case reference.")
        String reference;

        @Parameters(index = "1", paramLabel = "FILE.csv", description = "The status file.")
        Path file;

        @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text or json.")
        OutputFormat format;

        Status(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            CaseReference ref = CaseReference.parse(reference);
            RecipientService.RowFile rows = RecipientCsv.open(file);
            RecipientService.Updated updated = fromWorkspace(context ->
                    context.recipients().updateStatuses(ref, rows));
            if (format == OutputFormat.json) {
                ObjectNode node = Json.object().put("updated", updated.updated())
                        .put("rejectedTotal", updated.rejectedTotal());
                node.set("rejected", problems(updated.rejected()));
                session.out().println(Json.print(node));
            } else {
                session.out().println("Updated " + updated.updated() + " recipients of " + ref);
                printProblems(session, updated.rejected(), updated.rejectedTotal());
            }
            return updated.rejectedTotal() > 0 ? Cli.INVALID : Cli.OK;
        }
    }
}
