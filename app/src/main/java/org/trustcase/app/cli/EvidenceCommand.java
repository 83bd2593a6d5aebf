package org.trustcase.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.trustcase.app.cli.json.Json;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.evidence.Annotation;
import org.trustcase.model.evidence.CustodyEvent;
import org.trustcase.model.evidence.EvidenceBundle;
import org.trustcase.model.evidence.EvidenceItem;
import org.trustcase.model.evidence.EvidenceService;
import org.trustcase.model.common.ValidationException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code trustcase evidence add|list|custody|verify|annotations|export|import-bundle|dispose}: a case's evidence, kept
 * in the workspace's vault.
 */
@Command(name = "evidence", description = "Add, list and verify a case's evidence and read its chain of custody.",
        subcommands = {EvidenceCommand.Add.class, EvidenceCommand.ListItems.class, EvidenceCommand.Custody.class,
                EvidenceCommand.Verify.class, EvidenceCommand.Annotations.class, EvidenceCommand.Export.class,
                EvidenceCommand.ImportBundle.class, EvidenceCommand.Dispose.class})
final class EvidenceCommand {

    static ObjectNode item(EvidenceItem item) {
        return Json.object().put("id", item.id()).put("case", item.caseReference().toString())
                .put("sha256", item.sha256()).put("size", item.size()).put("mediaType", item.mediaType())
                .put("nameMismatch", item.nameMismatch()).put("originalName", item.originalName())
                .put("source", item.source()).put("reason", item.reason()).put("collectedBy", item.collectedBy())
                .put("collectedAt", Json.instant(item.collectedAt())).put("state", item.state().code());
    }

    static ObjectNode annotation(Annotation annotation) {
        ObjectNode node = Json.object().put("id", annotation.id()).put("item", annotation.itemId())
                .put("author", annotation.author()).put("at", Json.instant(annotation.at()))
                .put("text", annotation.text()).put("privileged", annotation.privileged());
        ObjectNode anchor = node.putObject("anchor");
        if (annotation.anchor() instanceof Annotation.Region region) {
            anchor.put("kind", "region").put("page", region.page()).put("x", region.x()).put("y", region.y())
                    .put("width", region.width()).put("height", region.height());
        } else if (annotation.anchor() instanceof Annotation.Quote quote) {
            anchor.put("kind", "quote").put("quote", quote.text());
        } else {
            anchor.put("kind", "whole");
        }
        ArrayNode tags = node.putArray("tags");
        annotation.tags().forEach(tags::add);
        return node;
    }

    @Command(name = "annotations", description = "An evidence item's legal notes, oldest first.")
    static final class Annotations extends InWorkspaceCommand {
        @Parameters(index = "0", paramLabel = "ID", description = "The evidence item's number.")
        long id;

        @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text or json.")
        OutputFormat format;

        Annotations(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            List<Annotation> notes = fromWorkspace(context -> context.evidence().annotations(id));
            if (format == OutputFormat.json) {
                ArrayNode array = Json.mapper().createArrayNode();
                notes.forEach(note -> array.add(annotation(note)));
                session.out().println(Json.print(array));
            } else {
                for (Annotation note : notes) {
                    session.out().println(note.id() + "\t" + Json.instant(note.at()) + "\t"
                            + TerminalText.escape(note.author()) + "\t" + (note.privileged() ? "privileged\t" : "")
                            + TerminalText.escape(note.text()));
                }
            }
            return Cli.OK;
        }
    }

    @Command(name = "add", description = "Add a file to a case's evidence: stored once in the vault under its SHA-256,"
            + " read in one pass, whatever its size.")
    static final class Add extends InWorkspaceCommand {
        @Parameters(index = "0", paramLabel = "REF", description = "The case reference.")
        String reference;

        @Parameters(index = "1", paramLabel = "FILE", description = "The file.")
        Path file;

        @Option(names = "--source", paramLabel = "TEXT", description = "Where it came from.")
        String source;

        @Option(names = "--reason", paramLabel = "TEXT", description = "Why it is collected.")
        String reason;

        @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text or json.")
        OutputFormat format;

        Add(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            CaseReference ref = CaseReference.parse(reference);
            if (!Files.isRegularFile(file)) {
                throw new ValidationException("FILE", "cli.no-such-file", file.toString());
            }
            EvidenceService.Added added = fromWorkspace(context -> {
                try (InputStream in = Files.newInputStream(file)) {
                    return context.evidence().add(ref, in, file.getFileName().toString(), source, reason,
                            bytes -> true);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            EvidenceItem item = added.item();
            if (format == OutputFormat.json) {
                session.out().println(Json.print(item(item).put("already", added.already())));
            } else {
                session.out().println((added.already() ? "Already evidence " : "Added evidence ") + item.id() + " to "
                        + ref + ": " + item.sha256() + ", " + item.size() + " bytes, " + item.mediaType()
                        + (item.nameMismatch() ? " (its name says otherwise)" : ""));
            }
            return Cli.OK;
        }
    }

    @Command(name = "list", description = "A case's evidence items, oldest first.")
    static final class ListItems extends InWorkspaceCommand {
        @Parameters(index = "0", paramLabel = "REF", description = "The case reference.")
        String reference;

        @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text or json.")
        OutputFormat format;

        ListItems(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            CaseReference ref = CaseReference.parse(reference);
            List<EvidenceItem> items = fromWorkspace(context -> context.evidence().list(ref));
            if (format == OutputFormat.json) {
                ArrayNode array = Json.mapper().createArrayNode();
                items.forEach(item -> array.add(item(item)));
                session.out().println(Json.print(array));
            } else {
                for (EvidenceItem item : items) {
                    session.out().println(item.id() + "\t" + item.sha256() + "\t" + item.size() + "\t"
                            + item.mediaType() + "\t" + item.state().code() + "\t"
                            + TerminalText.escape(item.originalName()));
                }
            }
            return Cli.OK;
        }
    }

    @Command(name = "custody", description = "An evidence item's chain of custody, in order.")
    static final class Custody extends InWorkspaceCommand {
        @Parameters(index = "0", paramLabel = "ID", description = "The evidence item's number.")
        long id;

        @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text or json.")
        OutputFormat format;

        Custody(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            List<CustodyEvent> events = fromWorkspace(context -> context.evidence().custody(id));
            if (format == OutputFormat.json) {
                ArrayNode array = Json.mapper().createArrayNode();
                for (CustodyEvent event : events) {
                    array.addObject().put("seq", event.seq()).put("item", event.itemId())
                            .put("action", event.action().code()).put("actor", event.actor())
                            .put("at", Json.instant(event.at())).put("purpose", event.purpose())
                            .put("recipient", event.recipient()).put("detail", event.detail());
                }
                session.out().println(Json.print(array));
            } else {
                for (CustodyEvent event : events) {
                    session.out().println(Json.instant(event.at()) + "\t" + TerminalText.escape(event.actor()) + "\t"
                            + event.action().code() + "\t" + TerminalText.escape(String.valueOf(event.purpose()))
                            + "\t" + TerminalText.escape(String.valueOf(event.detail())));
                }
            }
            return Cli.OK;
        }
    }

    @Command(name = "verify", description = "Read every stored evidence file (of one case, or of the workspace) again"
            + " and compare its SHA-256; exit 3 naming each item that does not match.")
    static final class Verify extends InWorkspaceCommand {
        @Parameters(index = "0", arity = "0..1", paramLabel = "REF", description = "The case (default: every case).")
        String reference;

        Verify(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            CaseReference ref = reference == null ? null : CaseReference.parse(reference);
            List<EvidenceService.Verified> results = fromWorkspace(context -> {
                if (ref == null) {
                    // the whole vault: what it holds that no item names is reported too
                    EvidenceService.Reconciliation reconciled = context.evidence().reconcile();
                    for (String file : reconciled.filesWithoutItem()) {
                        session.out().println("notice: the vault holds " + file + ", which no evidence item names"
                                + " (an import interrupted after storing it, or a file put there by hand)");
                    }
                }
                return context.evidence().verify(ref);
            });
            List<EvidenceService.Verified> bad = results.stream().filter(v -> !v.matches()).toList();
            if (bad.isEmpty()) {
                session.out().println("OK " + results.size() + " evidence items match their SHA-256");
                return Cli.OK;
            }
            for (EvidenceService.Verified failed : bad) {
                session.out().println("FAILED item " + failed.item().id() + " of " + failed.item().caseReference()
                        + ": expected " + failed.item().sha256() + ", "
                        + failed.actualSha256().map(actual -> "found " + actual).orElse("missing"));
            }
            session.out().println(bad.size() + " of " + results.size() + " evidence items do not match");
            return Cli.VERIFICATION_FAILED;
        }
    }

    @Command(name = "export", description = "Write a case's evidence as a bundle (ZIP with a manifest of items, hashes,"
            + " custody and notes) that another workspace imports; every file is checked on the way.")
    static final class Export extends InWorkspaceCommand {
        @Parameters(index = "0", paramLabel = "REF", description = "The case reference.")
        String reference;

        @Option(names = "--out", required = true, paramLabel = "FILE.zip", description = "The bundle to write.")
        Path out;

        @Option(names = "--to", paramLabel = "TEXT", description = "To whom it goes (recorded in each item's custody).")
        String recipient;

        @Option(names = "--reason", paramLabel = "TEXT", description = "Why it is exported.")
        String reason;

        Export(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            CaseReference ref = CaseReference.parse(reference);
            EvidenceService.Exported exported = fromWorkspace(context -> {
                try (EvidenceBundle.Writer writer = context.evidenceFiles().bundleTo(out)) {
                    return context.evidence().exportBundle(ref, writer, recipient, reason);
                }
            });
            session.out().println("Exported " + exported.items() + " evidence items of " + ref + " to "
                    + out.toAbsolutePath() + " (sha256 " + exported.bundle().sha256() + ")");
            return Cli.OK;
        }
    }

    @Command(name = "import-bundle", description = "Take the evidence of a bundle into a case (by default the case it"
            + " was exported from), checking every file against its hash; a bundle that fails leaves nothing.")
    static final class ImportBundle extends InWorkspaceCommand {
        @Parameters(index = "0", paramLabel = "FILE.zip", description = "The bundle.")
        Path file;

        @Option(names = "--case", paramLabel = "REF", description = "The case to take it into.")
        String reference;

        @Option(names = "--reason", paramLabel = "TEXT", description = "Why it is taken in.")
        String reason;

        @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text or json.")
        OutputFormat format;

        ImportBundle(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            CaseReference ref = reference == null ? null : CaseReference.parse(reference);
            EvidenceService.Imported imported = fromWorkspace(context -> {
                try (EvidenceBundle.Reader reader = context.evidenceFiles().bundleFrom(file)) {
                    return context.evidence().importBundle(reader, ref, reason);
                }
            });
            if (format == OutputFormat.json) {
                ObjectNode node = Json.object().put("case", imported.caseReference().toString());
                ArrayNode added = node.putArray("added");
                imported.added().forEach(item -> added.add(item(item)));
                ArrayNode already = node.putArray("already");
                imported.already().forEach(item -> already.add(item(item)));
                session.out().println(Json.print(node));
            } else {
                session.out().println("Imported " + imported.added().size() + " evidence items into "
                        + imported.caseReference() + (imported.already().isEmpty() ? ""
                                : "; " + imported.already().size() + " the case held already"));
            }
            return Cli.OK;
        }
    }

    @Command(name = "dispose", description = "Dispose of an evidence item: its file is removed, the item stays as a"
            + " tombstone with its hash and custody.")
    static final class Dispose extends InWorkspaceCommand {
        @Parameters(index = "0", paramLabel = "ID", description = "The evidence item's number.")
        long id;

        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why (e.g. the retention"
                + " period ended).")
        String reason;

        Dispose(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            EvidenceItem item = fromWorkspace(context -> context.evidence().dispose(id, reason));
            session.out().println("Disposed of evidence " + item.id() + " of " + item.caseReference()
                    + "; its record keeps sha256 " + item.sha256());
            return Cli.OK;
        }
    }
}
