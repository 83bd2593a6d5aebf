package org.trustcase.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import org.trustcase.app.cli.json.Json;
import org.trustcase.app.preview.EvidenceTextExtractor;
import org.trustcase.model.search.SearchHit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code trustcase search QUERY}: the places in the cases where every word of the query is found, newest first. */
@Command(name = "search", description = "Find words in the cases' titles and summaries, notes, tasks, annotations,"
        + " past events and the text of their evidence (text, e-mail, PDF): each word as a word or its beginning, ignoring case and diacritics; newest first.")
final class SearchCommand extends InWorkspaceCommand {
    @Parameters(index = "0", paramLabel = "QUERY", description = "The words to find (all of them).")
    String query;

    @Option(names = "--limit", defaultValue = "50", paramLabel = "N", description = "At most this many places.")
    int limit;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text or json.")
    OutputFormat format;

    SearchCommand(CliSession session) {
        super(session);
    }

    @Override
    public Integer call() {
        // the text of evidence added since the last search is read first, so that it is found too
        List<SearchHit> hits = fromWorkspace(context -> {
            context.search().indexEvidence(new EvidenceTextExtractor());
            return context.search().search(query, limit);
        });
        if (format == OutputFormat.json) {
            ArrayNode array = Json.mapper().createArrayNode();
            hits.forEach(h -> array.add(Json.object().put("reference", h.reference().toString())
                    .put("kind", h.kind().code()).put("snippet", h.plainSnippet()).put("title", h.caseTitle())
                    .put("sourceId", h.sourceId() == 0 ? null : h.sourceId())));
            session.out().println(Json.print(array));
        } else {
            hits.forEach(h -> session.out().println(h.reference() + "\t" + h.kind().code() + "\t"
                    + TerminalText.escape(h.plainSnippet().replace('\n', ' '))));
        }
        return Cli.OK;
    }
}
