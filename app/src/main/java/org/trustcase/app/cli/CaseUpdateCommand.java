package org.trustcase.app.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.trustcase.app.cli.json.CasePatch;
import org.trustcase.app.cli.json.Json;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.common.ValidationException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code trustcase case update REF --from FILE.json}: applies the fields present in the file, all or
 * nothing. A {@code version} in the file must match the stored one (someone else's change is not
 * overwritten).
 */
@Command(name = "update", description = "Apply the fields present in a JSON file (the shape 'case show --format json' prints).")
final class CaseUpdateCommand extends InWorkspaceCommand {
    @Parameters(index = "0", paramLabel = "REF", description = "The case reference.")
    String reference;

    @Option(names = "--from", required = true, paramLabel = "FILE.json", description = "The JSON document to apply.")
    Path file;

    CaseUpdateCommand(CliSession session) {
        super(session);
    }

    @Override
    public Integer call() {
        CaseReference ref = CaseReference.parse(reference);
        JsonNode document = read(file);
        inWorkspace(context -> {
            BreachCase current = context.cases().get(ref);
            CasePatch.Result patch;
            try {
                patch = CasePatch.apply(document, current);
            } catch (ValidationException e) {
                throw new ValidationException(e.errors().stream()
                        .map(error -> error.renamed(file + ": " + error.field()))
                        .toList());
            }
            long version = patch.expectedVersion() != null ? patch.expectedVersion() : current.version();
            BreachCase updated = context.cases().update(ref, version, patch.details());
            session.out().println(updated.reference() + " version " + updated.version());
        });
        return Cli.OK;
    }

    private static JsonNode read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ValidationException("--from", "cli.no-such-file", file.toString());
        }
        try {
            return Json.mapper().readTree(file.toFile());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new ValidationException(file + where, "cli.invalid-json", String.valueOf(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new ValidationException("--from", "cli.cannot-read", file.toString(), String.valueOf(e.getMessage()));
        }
    }
}
