package org.trustcase.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.trustcase.app.cli.json.Json;
import org.trustcase.model.cases.Jurisdiction;
import org.trustcase.model.common.FieldError;
import org.trustcase.model.common.ValidationException;
import org.trustcase.model.organisation.OrganisationProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code trustcase org show|update}: the organisation profile notifications and letters take their details from. */
@Command(name = "org", description = "Show or change the organisation profile (the controller and its DPO).",
        subcommands = {OrgCommand.Show.class, OrgCommand.Update.class})
final class OrgCommand {
    private static final Set<String> FIELDS = Set.of("legalName", "address", "registrationNumber", "dpoName",
            "dpoEmail", "dpoPhone", "home", "timeZone", "language", "sectorFlags");

    static ObjectNode json(OrganisationProfile profile) {
        ObjectNode node = Json.object().put("legalName", profile.legalName()).put("address", profile.address())
                .put("registrationNumber", profile.registrationNumber()).put("dpoName", profile.dpoName())
                .put("dpoEmail", profile.dpoEmail()).put("dpoPhone", profile.dpoPhone())
                .put("home", profile.home() == null ? null : profile.home().code())
                .put("timeZone", profile.timeZone()).put("language", profile.language());
        ArrayNode flags = node.putArray("sectorFlags");
        profile.sectorFlags().forEach(flags::add);
        return node;
    }

    @Command(name = "show", description = "The organisation profile.")
    static final class Show extends InWorkspaceCommand {
        @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text or json.")
        OutputFormat format;

        Show(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            OrganisationProfile profile = fromWorkspace(context -> context.organisation().profile());
            if (format == OutputFormat.json) {
                session.out().println(Json.print(json(profile)));
            } else {
                json(profile).fields().forEachRemaining(field -> session.out().println(field.getKey() + "\t"
                        + TerminalText.escape(field.getValue().isTextual() ? field.getValue().asText()
                                : field.getValue().toString())));
            }
            return Cli.OK;
        }
    }

    @Command(name = "update", description = "Replace the organisation profile with the one in a JSON file (as"
            + " `org show --format json` prints it; a field left out keeps its value).")
    static final class Update extends InWorkspaceCommand {
        @Option(names = "--from", required = true, paramLabel = "FILE.json", description = "The profile.")
        Path from;

        @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text or json.")
        OutputFormat format;

        Update(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            if (!Files.isRegularFile(from)) {
                throw new ValidationException("--from", "cli.no-such-file", from.toString());
            }
            JsonNode given;
            try {
                given = Json.mapper().readTree(Files.readString(from));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new ValidationException("--from", "organisation.json-unreadable", from.getFileName().toString(),
                        (long) e.getLocation().getLineNr(), String.valueOf(e.getOriginalMessage()));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            OrganisationProfile saved = fromWorkspace(context -> context.organisation().update(
                    merged(context.organisation().profile(), given)));
            if (format == OutputFormat.json) {
                session.out().println(Json.print(json(saved)));
            } else {
                session.out().println("Organisation profile saved: " + TerminalText.escape(saved.legalName()));
            }
            return Cli.OK;
        }

        /** The stored profile with the file's fields over it; a field of the wrong kind or name is refused. */
        private OrganisationProfile merged(OrganisationProfile stored, JsonNode given) {
            List<FieldError> errors = new ArrayList<>();
            if (given == null || !given.isObject()) {
                throw new ValidationException("--from", "organisation.json-not-object", from.getFileName().toString());
            }
            given.fieldNames().forEachRemaining(name -> {
                if (!FIELDS.contains(name)) {
                    errors.add(new FieldError(name, "organisation.field-unknown", name, String.join(", ",
                            new TreeSet<>(FIELDS))));
                }
            });
            String[] texts = {"legalName", "address", "registrationNumber", "dpoName", "dpoEmail", "dpoPhone",
                "timeZone", "language"};
            String[] values = {stored.legalName(), stored.address(), stored.registrationNumber(), stored.dpoName(),
                stored.dpoEmail(), stored.dpoPhone(), stored.timeZone(), stored.language()};
            for (int i = 0; i < texts.length; i++) {
                JsonNode value = given.get(texts[i]);
                if (value != null) {
                    if (value.isTextual()) {
                        values[i] = value.asText();
                    } else {
                        errors.add(new FieldError(texts[i], "organisation.field-not-text", texts[i]));
                    }
                }
            }
            Jurisdiction home = stored.home();
            JsonNode homeNode = given.get("home");
            if (homeNode != null) {
                if (homeNode.isNull() || homeNode.isTextual() && homeNode.asText().isBlank()) {
                    home = null;
                } else if (homeNode.isTextual()) {
                    try {
                        home = Jurisdiction.parse(homeNode.asText(), "home");
                    } catch (ValidationException e) {
                        errors.addAll(e.errors());
                    }
                } else {
                    errors.add(new FieldError("home", "organisation.field-not-text", "home"));
                }
            }
            Set<String> flags = stored.sectorFlags();
            JsonNode flagsNode = given.get("sectorFlags");
            if (flagsNode != null) {
                if (flagsNode.isArray()) {
                    Set<String> read = new TreeSet<>();
                    flagsNode.forEach(flag -> read.add(flag.asText()));
                    flags = read;
                } else {
                    errors.add(new FieldError("sectorFlags", "organisation.field-not-list", "sectorFlags"));
                }
            }
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            return new OrganisationProfile(values[0], values[1], values[2], values[3], values[4], values[5], home,
                    values[6], values[7], flags);
        }
    }
}
