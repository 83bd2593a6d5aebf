package org.trustcase.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.trustcase.app.cli.json.Json;
import org.trustcase.app.text.TimelineText;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.common.Coded;
import org.trustcase.model.timeline.Confidence;
import org.trustcase.model.timeline.PastEvent;
import org.trustcase.model.timeline.TimelineEntry;
import org.trustcase.model.timeline.TimelineKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code trustcase timeline REF} and {@code timeline add REF}: a case's timeline, and a past event put on it. */
@Command(name = "timeline", description = "A case's timeline: its dated facts, past events and what was done, in the"
        + " order they happened.", subcommands = TimelineCommand.Add.class)
final class TimelineCommand extends InWorkspaceCommand {
    private static final TimelineText TEXT = TimelineText.english();

    @Parameters(index = "0", arity = "0..1", paramLabel = "REF", description = "The case reference.")
    String reference;

    @Spec
    CommandSpec spec;

    @Option(names = "--kind", paramLabel = "KIND", description = "Only lines of this kind (repeatable): fact,"
            + " past-event, case, status, assessment, decision, deadline, evidence, task, note, notification.")
    List<String> kinds = new ArrayList<>();

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text or json.")
    OutputFormat format;

    TimelineCommand(CliSession session) {
        super(session);
    }

    static ObjectNode json(TimelineEntry e) {
        ObjectNode node = Json.object().put("at", Json.instant(e.at())).put("recordedAt", Json.instant(e.recordedAt()))
                .put("kind", e.kind().code()).put("code", e.code()).put("summary", TEXT.summary(e))
                .put("actor", e.actor());
        if (e.kind() == TimelineKind.PAST_EVENT) {
            node.put("description", e.value("description")).put("source", e.value("source"))
                    .put("confidence", e.value("confidence"));
        }
        return node;
    }

    @Override
    public Integer call() {
        if (reference == null) {
            // optional for picocli only, so that "timeline add REF" is not asked for a second reference
            throw new ParameterException(spec.commandLine(), "Missing required parameter: 'REF'");
        }
        CaseReference ref = CaseReference.parse(reference);
        List<TimelineKind> only = kinds.stream().map(k -> Coded.parse(TimelineKind.class, k, "kind")).toList();
        List<TimelineEntry> entries = fromWorkspace(context -> context.timeline().timeline(ref)).stream()
                .filter(e -> only.isEmpty() || only.contains(e.kind())).toList();
        if (format == OutputFormat.json) {
            ArrayNode array = Json.mapper().createArrayNode();
            entries.forEach(e -> array.add(json(e)));
            session.out().println(Json.print(array));
        } else {
            entries.forEach(e -> session.out().println(Json.instant(e.at()) + "\t" + e.kind().code() + "\t"
                    + TerminalText.escape(TEXT.summary(e)) + (e.recordedLater() ? "\t(recorded "
                            + Json.instant(e.recordedAt()) + ")" : "")));
        }
        return Cli.OK;
    }

    @Command(name = "add", description = "Put a past event on the case's timeline with the time it happened, where"
            + " that is known from and how sure it is.")
    static final class Add extends InWorkspaceCommand {
        @Parameters(index = "0", paramLabel = "REF", description = "The case reference.")
        String reference;

        @Option(names = "--at", required = true, paramLabel = "ISO_INSTANT", converter = Converters.InstantConverter.class,
                description = "When it happened (e.g. 2026-03-03T14:02:00Z).")
        Instant at;

        @Option(names = "--description", required = true, paramLabel = "T", description = "What happened.")
        String description;

        @Option(names = "--source", paramLabel = "S", description = "Where that is known from (a log, a witness).")
        String source;

        @Option(names = "--confidence", defaultValue = "confirmed", paramLabel = "C",
                description = "confirmed, probable or possible.")
        String confidence;

        Add(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            CaseReference ref = CaseReference.parse(reference);
            Confidence sure = Coded.parse(Confidence.class, confidence, "confidence");
            PastEvent event = fromWorkspace(context -> context.timeline().addEvent(ref, at, description, source, sure));
            session.out().println(event.id());
            return Cli.OK;
        }
    }
}
