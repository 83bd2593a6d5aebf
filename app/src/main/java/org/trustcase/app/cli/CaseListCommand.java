package org.trustcase.app.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.trustcase.app.AppContext;
import org.trustcase.app.cli.json.CaseJson;
import org.trustcase.app.cli.json.Json;
import org.trustcase.model.caselist.CaseQuery;
import org.trustcase.model.common.UnreadableRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code trustcase case list [--format json]}. Cases are written as they are read, a batch at a time, so
 * that memory stays the same for ten cases or a million. A case that cannot be read is left out and
 * reported on stderr, and the exit code says so ({@link Cli#INCOMPLETE}).
 */
@Command(name = "list", description = "List every case, newest first.")
final class CaseListCommand extends InWorkspaceCommand {
    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", description = "Output format.")
    OutputFormat format;

    CaseListCommand(CliSession session) {
        super(session);
    }

    @Override
    public Integer call() {
        List<UnreadableRecord> unreadable = new ArrayList<>();
        inWorkspace(context -> {
            if (format == OutputFormat.json) {
                writeJson(context, unreadable::add);
            } else {
                session.out().print(CaseText.tableHeader());
                context.caseLists().forEach(CaseQuery.ALL, c -> session.out().print(CaseText.tableRow(c)), unreadable::add);
            }
        });
        session.out().flush();
        return Cli.reportUnreadable(session, unreadable);
    }

    /** The same document as printing one array of every case, written element by element. */
    private void writeJson(AppContext context, Consumer<UnreadableRecord> unreadable) {
        try (JsonGenerator json = Json.mapper().getFactory().createGenerator(session.out())) {
            json.useDefaultPrettyPrinter();
            json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            json.writeStartArray();
            context.caseLists().forEach(CaseQuery.ALL, c -> {
                try {
                    Json.mapper().writeTree(json, CaseJson.write(c));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, unreadable);
            json.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the case list", e);
        }
        session.out().println();
    }
}
