package org.trustcase.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;
import org.trustcase.app.cli.json.AuditJson;
import org.trustcase.app.cli.json.Json;
import org.trustcase.model.audit.AuditEvent;
import org.trustcase.model.audit.FieldChange;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.common.UnreadableRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code trustcase audit list [REF] [--format json]}. */
@Command(name = "audit", description = "Read and prove the audit trail.", subcommands = {AuditCommand.ListEvents.class,
        AuditChainCommands.Verify.class, AuditChainCommands.SignCheckpoint.class, AuditChainCommands.PublicKey.class,
        AuditChainCommands.Export.class})
final class AuditCommand {

    @Command(name = "list", description = "List audit events, oldest first (of one case when REF is given).")
    static final class ListEvents extends InWorkspaceCommand {
        @Parameters(index = "0", arity = "0..1", paramLabel = "REF", description = "Only this case's events.")
        String reference;

        @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", description = "Output format.")
        OutputFormat format;

        ListEvents(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            List<UnreadableRecord> unreadable = new ArrayList<>();
            List<AuditEvent> events = fromWorkspace(context -> {
                if (reference == null) {
                    return context.audit().all(unreadable::add);
                }
                CaseReference ref = CaseReference.parse(reference);
                context.cases().get(ref);
                return context.audit().ofCase(ref.toString(), unreadable::add);
            });
            if (format == OutputFormat.json) {
                ArrayNode array = Json.mapper().createArrayNode();
                events.forEach(e -> array.add(AuditJson.write(e)));
                session.out().println(Json.print(array));
            } else {
                events.forEach(e -> session.out().println(line(e)));
            }
            session.out().flush();
            return Cli.reportUnreadable(session, unreadable);
        }

        private static String line(AuditEvent e) {
            StringBuilder line = new StringBuilder().append(e.sequence()).append('\t')
                    .append(Json.instant(e.occurredAt())).append('\t').append(TerminalText.escape(e.actor().toString())).append('\t')
                    .append(e.caseReference() == null ? "-" : e.caseReference()).append('\t').append(e.action().code());
            for (FieldChange change : e.changes()) {
                line.append('\t').append(change.field()).append(": ").append(TerminalText.escape(change.before()))
                        .append(" -> ").append(TerminalText.escape(change.after()));
            }
            String reason = Cli.texts().reason(e);
            if (reason != null) {
                line.append("\treason: ").append(TerminalText.escape(reason));
            }
            return line.toString();
        }
    }
}
