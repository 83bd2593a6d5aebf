package org.trustcase.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.trustcase.app.cli.json.Json;
import org.trustcase.app.documents.LetterRun;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.notifications.LetterBatch;
import org.trustcase.model.notifications.LetterTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code trustcase letters generate|mark-sent|batches|templates}: the letters to data subjects. */
@Command(name = "letters", description = "Generate letters to data subjects, and mark them sent.",
        subcommands = {LettersCommand.Generate.class, LettersCommand.MarkSent.class, LettersCommand.Batches.class,
                LettersCommand.Templates.class, LettersCommand.Approve.class})
final class LettersCommand {
    private LettersCommand() {
    }

    static ObjectNode json(LetterBatch batch) {
        return Json.object().put("batch", batch.id()).put("template", batch.template())
                .put("kind", batch.kind().code()).put("recipients", batch.recipients())
                .put("preparedBy", batch.preparedBy()).put("preparedAt", Json.instant(batch.preparedAt()))
                .put("sentAt", batch.sentAt() == null ? null : Json.instant(batch.sentAt()))
                .put("channel", batch.channel());
    }

    @Command(name = "generate", description = "Generate a batch of letters from a template for every recipient still"
            + " pending, each in their language: one PDF each (or one merged PDF), a mail-merge CSV and, with --eml,"
            + " unsent e-mails for the mail client. The folder must be new or empty. Nothing is marked sent.")
    static final class Generate extends InWorkspaceCommand {
        @Parameters(index = "0", paramLabel = "REF", description = "The case reference.")
        String reference;

        @Option(names = "--template", required = true, paramLabel = "NAME",
                description = "The template's name (see letters templates).")
        String template;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "A new or empty folder.")
        Path out;

        @Option(names = "--merged", description = "One PDF of all the letters rather than one file each.")
        boolean merged;

        @Option(names = "--eml", description = "An unsent e-mail (.eml) for each recipient with an address.")
        boolean eml;

        @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text or json.")
        OutputFormat format;

        Generate(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            CaseReference ref = CaseReference.parse(reference);
            LetterRun.Result result = fromWorkspace(context -> {
                try {
                    return new LetterRun(context.letters(), context.clock()).run(ref, template, out,
                            new LetterRun.Options(merged, eml), (done, of) -> { }, () -> false);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            if (format == OutputFormat.json) {
                ObjectNode node = json(result.batch()).put("letters", result.letters()).put("emails", result.emails())
                        .put("folder", result.folder().toString());
                session.out().println(Json.print(node));
            } else {
                session.out().println("Batch " + result.batch().id() + ": " + result.letters() + " letters"
                        + (result.emails() > 0 ? " and " + result.emails() + " e-mails" : "") + " in " + out
                        + ". Mark it sent when they have gone: letters mark-sent " + ref + " --batch "
                        + result.batch().id() + " --at … --channel …");
            }
            return Cli.OK;
        }
    }

    @Command(name = "mark-sent", description = "Mark a batch sent: its recipients still pending become sent, and the"
            + " data subjects' clock (GDPR-DS) is met; a late one needs --delay-reason.")
    static final class MarkSent extends InWorkspaceCommand {
        @Parameters(index = "0", paramLabel = "REF", description = "The case reference.")
        String reference;

        @Option(names = "--batch", required = true, paramLabel = "N", description = "The batch number.")
        long batch;

        @Option(names = "--at", required = true, paramLabel = "ISO_INSTANT",
                converter = Converters.InstantConverter.class, description = "When the letters went out.")
        Instant at;

        @Option(names = "--channel", required = true, paramLabel = "TEXT", description = "How (post, e-mail…).")
        String channel;

        @Option(names = "--delay-reason", paramLabel = "TEXT", description = "Why it is late (required when it is).")
        String delayReason;

        @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text or json.")
        OutputFormat format;

        MarkSent(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            CaseReference ref = CaseReference.parse(reference);
            LetterBatch sent = fromWorkspace(context -> context.letters().markSent(ref, batch, at, channel,
                    delayReason));
            if (format == OutputFormat.json) {
                session.out().println(Json.print(json(sent)));
            } else {
                session.out().println("Batch " + sent.id() + " of " + ref + " marked sent " + Json.instant(
                        sent.sentAt()) + " by " + TerminalText.escape(sent.channel()));
            }
            return Cli.OK;
        }
    }

    @Command(name = "batches", description = "A case's batches of letters, the latest first.")
    static final class Batches extends InWorkspaceCommand {
        @Parameters(index = "0", paramLabel = "REF", description = "The case reference.")
        String reference;

        @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text or json.")
        OutputFormat format;

        Batches(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            CaseReference ref = CaseReference.parse(reference);
            List<LetterBatch> batches = fromWorkspace(context -> context.letters().batches(ref));
            if (format == OutputFormat.json) {
                ArrayNode array = Json.mapper().createArrayNode();
                batches.forEach(b -> array.add(json(b)));
                session.out().println(Json.print(array));
            } else {
                for (LetterBatch b : batches) {
                    session.out().println(b.id() + "\t" + TerminalText.escape(b.template()) + "\t" + b.recipients()
                            + "\t" + (b.sent() ? "sent " + Json.instant(b.sentAt()) : "not sent"));
                }
            }
            return Cli.OK;
        }
    }

    @Command(name = "templates", description = "The workspace's letter templates, by name and language.")
    static final class Templates extends InWorkspaceCommand {
        @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text or json.")
        OutputFormat format;

        Templates(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            List<LetterTemplate> templates = fromWorkspace(context -> context.letters().templates());
            if (format == OutputFormat.json) {
                ArrayNode array = Json.mapper().createArrayNode();
                for (LetterTemplate t : templates) {
                    array.addObject().put("name", t.name()).put("language", t.language()).put("kind", t.kind().code())
                            .put("subject", t.subject()).put("body", t.body()).put("updatedBy", t.updatedBy())
                            .put("approvedBy", t.approvedBy());
                }
                session.out().println(Json.print(array));
            } else {
                for (LetterTemplate t : templates) {
                    session.out().println(TerminalText.escape(t.name()) + "\t" + t.language() + "\t"
                            + t.kind().code() + "\t" + (t.approved() ? "approved by "
                                    + TerminalText.escape(t.approvedBy()) : "not approved") + "\t"
                            + TerminalText.escape(t.subject()));
                }
            }
            return Cli.OK;
        }
    }

    @Command(name = "approve", description = "Approve a letter template's current version (a legal reviewer's, or a"
            + " DPO's; not by the person who saved it). A change of the template needs a new approval.")
    static final class Approve extends InWorkspaceCommand {
        @Parameters(index = "0", paramLabel = "NAME", description = "The template's name.")
        String name;

        @Option(names = "--language", required = true, paramLabel = "LANG", description = "en or pl.")
        String language;

        Approve(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            LetterTemplate approved = fromWorkspace(context -> context.letters().approveTemplate(name, language));
            session.out().println("Template " + TerminalText.escape(approved.name()) + " (" + approved.language()
                    + ") approved by " + TerminalText.escape(approved.approvedBy()));
            return Cli.OK;
        }
    }
}
