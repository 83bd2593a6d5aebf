package org.trustcase.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.trustcase.app.cli.json.Json;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.common.ValidationException;
import org.trustcase.model.tasks.CaseTask;
import org.trustcase.model.tasks.Playbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code trustcase playbook list|apply|export|import}: the templates of a case's tasks by kind of breach. */
@Command(name = "playbook", description = "List, apply, export and import playbooks (a case's tasks by kind of breach).",
        subcommands = {PlaybookCommand.ListPlaybooks.class, PlaybookCommand.Apply.class, PlaybookCommand.Export.class,
                PlaybookCommand.Import.class})
final class PlaybookCommand {
    static final String FORMAT = "trustcase-playbook";

    private PlaybookCommand() {
    }

    /** A playbook as its file holds it: {@code format}, {@code version}, name, title, description, tasks. */
    static ObjectNode json(Playbook p) {
        ObjectNode node = Json.object().put("format", FORMAT).put("version", 1).put("name", p.name())
                .put("title", p.title()).put("description", p.description());
        ArrayNode tasks = node.putArray("tasks");
        for (Playbook.Step step : p.steps()) {
            tasks.addObject().put("group", step.group()).put("title", step.title())
                    .put("description", step.description()).put("clock", step.clockRule());
        }
        return node;
    }

    /** A playbook file read back: every field checked for its kind, each wrong one named. */
    static Playbook read(Path file) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ValidationException(file.getFileName().toString(), "playbook.file-unreadable",
                    file.getFileName().toString(), e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())
                || root.path("version").asInt() != 1) {
            throw new ValidationException("format", "playbook.file-format", file.getFileName().toString(), FORMAT);
        }
        List<Playbook.Step> steps = new ArrayList<>();
        for (JsonNode step : root.path("tasks")) {
            steps.add(new Playbook.Step(text(step, "group"), step.path("title").asText(""), text(step,
                    "description"), text(step, "clock")));
        }
        return new Playbook(root.path("name").asText(""), root.path("title").asText(""), text(root, "description"),
                steps, null, null);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    @Command(name = "list", description = "The workspace's playbooks with their tasks.")
    static final class ListPlaybooks extends InWorkspaceCommand {
        @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text or json.")
        OutputFormat format;

        ListPlaybooks(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            List<Playbook> all = fromWorkspace(context -> context.playbooks().list());
            if (format == OutputFormat.json) {
                ArrayNode array = Json.mapper().createArrayNode();
                all.forEach(p -> array.add(json(p)));
                session.out().println(Json.print(array));
            } else {
                all.forEach(p -> session.out().println(p.name() + "\t" + p.steps().size() + " tasks\t"
                        + TerminalText.escape(p.title())));
            }
            return Cli.OK;
        }
    }

    @Command(name = "apply", description = "Add a playbook's tasks to the end of a case's list.")
    static final class Apply extends InWorkspaceCommand {
        @Parameters(index = "0", paramLabel = "REF", description = "The case reference.")
        String reference;

        @Parameters(index = "1", paramLabel = "NAME", description = "The playbook's name.")
        String name;

        Apply(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            CaseReference ref = CaseReference.parse(reference);
            List<CaseTask> added = fromWorkspace(context -> context.playbooks().apply(ref, name));
            session.out().println("Added " + added.size() + " tasks of " + name + " to " + ref);
            return Cli.OK;
        }
    }

    @Command(name = "export", description = "Write a playbook to a JSON file another workspace can import.")
    static final class Export extends InWorkspaceCommand {
        @Parameters(index = "0", paramLabel = "NAME", description = "The playbook's name.")
        String name;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
        Path out;

        Export(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            Playbook playbook = fromWorkspace(context -> context.playbooks().list().stream()
                    .filter(p -> p.name().equals(name)).findFirst()
                    .orElseThrow(() -> new org.trustcase.model.common.NotFoundException("playbook.not-found", name)));
            try {
                Files.writeString(out, Json.print(json(playbook)) + "\n", StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            session.out().println("Wrote " + name + " to " + out);
            return Cli.OK;
        }
    }

    @Command(name = "import", description = "Save a playbook from a JSON file (replacing the one of its name); every"
            + " task is checked first.")
    static final class Import extends InWorkspaceCommand {
        @Parameters(index = "0", paramLabel = "FILE", description = "The playbook file.")
        Path file;

        Import(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            Playbook playbook = read(file);
            Playbook saved = fromWorkspace(context -> context.playbooks().save(playbook));
            session.out().println("Saved playbook " + saved.name() + " (" + saved.steps().size() + " tasks)");
            return Cli.OK;
        }
    }
}
