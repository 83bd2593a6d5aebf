package org.trustcase.app.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.trustcase.app.AppContext;
import org.trustcase.app.cli.json.CaseJson;
import org.trustcase.app.cli.json.Json;
import org.trustcase.model.caselist.CaseQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code trustcase case list [--format json]}. Cases are written as they are read, a batch at a time, so
 * that memory stays the same for ten cases or a million.
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
        inWorkspace(context -> {
            if (format == OutputFormat.json) {
                writeJson(context);
            } else {
                session.out().print(CaseText.tableHeader());
                context.caseLists().forEach(CaseQuery.ALL, c -> session.out().print(CaseText.tableRow(c)));
            }
        });
        session.out().flush();
        return Cli.OK;
    }

    /** The same document as printing one array of every case, written element by element. */
    private void writeJson(AppContext context) {
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
            });
            json.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the case list", e);
        }
        session.out().println();
    }
}
