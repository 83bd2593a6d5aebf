package org.trustcase.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.trustcase.app.cli.json.Json;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.tasks.CaseNote;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code trustcase note add|edit|list}: the investigation notes of a case. */
@Command(name = "note", description = "Write, edit and list a case's investigation notes.",
        subcommands = {NoteCommand.Add.class, NoteCommand.Edit.class, NoteCommand.ListNotes.class})
final class NoteCommand {
    private NoteCommand() {
    }

    static ObjectNode json(CaseNote n) {
        ObjectNode node = Json.object().put("id", n.id()).put("text", n.text()).put("author", n.author())
                .put("writtenAt", Json.instant(n.writtenAt())).put("replaces", n.replaces() == 0 ? null : n.replaces());
        ArrayNode evidence = node.putArray("evidence");
        n.evidence().forEach(evidence::add);
        return node;
    }

    @Command(name = "add", description = "Write a note on the case (light formatting: **bold**, *italic*, lines"
            + " starting '- ' as a list); --evidence names an item of the case it refers to.")
    static final class Add extends InWorkspaceCommand {
        @Parameters(index = "0", paramLabel = "REF", description = "The case reference.")
        String reference;

        @Option(names = "--text", required = true, paramLabel = "T", description = "The note.")
        String text;

        @Option(names = "--evidence", paramLabel = "ID", description = "An evidence item it refers to (repeatable).")
        List<Long> evidence = new ArrayList<>();

        @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text or json.")
        OutputFormat format;

        Add(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            CaseReference ref = CaseReference.parse(reference);
            CaseNote note = fromWorkspace(context -> context.notes().add(ref, text, evidence));
            session.out().println(format == OutputFormat.json ? Json.print(json(note)) : Long.toString(note.id()));
            return Cli.OK;
        }
    }

    @Command(name = "edit", description = "A new version of a note, by its author; the earlier one stays.")
    static final class Edit extends InWorkspaceCommand {
        @Parameters(index = "0", paramLabel = "NOTE_ID", description = "The note's number (its latest version).")
        long id;

        @Option(names = "--text", required = true, paramLabel = "T", description = "The note's new text.")
        String text;

        @Option(names = "--evidence", paramLabel = "ID", description = "An evidence item it refers to (repeatable).")
        List<Long> evidence = new ArrayList<>();

        Edit(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            CaseNote note = fromWorkspace(context -> context.notes().edit(id, text, evidence));
            session.out().println(note.id());
            return Cli.OK;
        }
    }

    @Command(name = "list", description = "The case's notes as they stand, oldest first.")
    static final class ListNotes extends InWorkspaceCommand {
        @Parameters(index = "0", paramLabel = "REF", description = "The case reference.")
        String reference;

        @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text or json.")
        OutputFormat format;

        ListNotes(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            CaseReference ref = CaseReference.parse(reference);
            List<CaseNote> notes = fromWorkspace(context -> context.notes().list(ref));
            if (format == OutputFormat.json) {
                ArrayNode array = Json.mapper().createArrayNode();
                notes.forEach(n -> array.add(json(n)));
                session.out().println(Json.print(array));
            } else {
                notes.forEach(n -> session.out().println(n.id() + "\t" + Json.instant(n.writtenAt()) + "\t"
                        + TerminalText.escape(n.author()) + "\t" + TerminalText.escape(n.text().replace('\n', ' '))));
            }
            return Cli.OK;
        }
    }
}
