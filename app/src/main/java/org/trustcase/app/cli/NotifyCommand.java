package org.trustcase.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.trustcase.app.AppContext;
import org.trustcase.app.WholeFile;
import org.trustcase.app.cli.json.Json;
import org.trustcase.app.documents.AuthorityForm;
import org.trustcase.app.documents.AuthorityPdf;
import org.trustcase.app.documents.AuthorityText;
import org.trustcase.app.documents.DocumentLanguage;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.common.Coded;
import org.trustcase.model.common.ValidationException;
import org.trustcase.model.notifications.LetterContext;
import org.trustcase.model.notifications.NotificationPhase;
import org.trustcase.model.notifications.NotificationService;
import org.trustcase.model.notifications.NotificationTarget;
import org.trustcase.model.notifications.RecipientService;
import org.trustcase.model.notifications.SentNotification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code trustcase notify authority|draft|other|list}: the notifications of a case, as drafted and as sent. */
@Command(name = "notify", description = "Draft the authority's notification and record notifications as sent.",
        subcommands = {NotifyCommand.Authority.class, NotifyCommand.Draft.class, NotifyCommand.DraftSave.class,
                NotifyCommand.Other.class, NotifyCommand.ListSent.class})
final class NotifyCommand {
    private NotifyCommand() {
    }

    /** The authority's form for the case in {@code language} (the organisation's when null). */
    static AuthorityForm form(AppContext context, CaseReference ref, NotificationPhase phase, String language,
            String delayReason) {
        LetterContext letter = context.letters().context(ref);
        return form(context, letter, ref, phase, words(letter, language), delayReason);
    }

    static AuthorityForm form(AppContext context, LetterContext letter, CaseReference ref, NotificationPhase phase,
            DocumentLanguage words, String delayReason) {
        String authorityReference = context.notifications().list(ref).stream()
                .filter(n -> n.phase() == NotificationPhase.INITIAL).map(SentNotification::reference)
                .filter(r -> r != null).findFirst().orElse(null);
        return AuthorityForm.of(letter, phase, authorityReference, delayReason, words, context.clock().instant());
    }

    static DocumentLanguage words(LetterContext letter, String language) {
        String chosen = language != null ? language : letter.organisation().language();
        if (!RecipientService.LANGUAGES.contains(chosen)) {
            throw new ValidationException("--language", "recipients.language-unknown", chosen,
                    String.join(", ", RecipientService.LANGUAGES));
        }
        return DocumentLanguage.of(chosen, letter.organisation());
    }

    static NotificationPhase phase(String code) {
        return Coded.find(NotificationPhase.class, code).orElseThrow(() -> new ValidationException("--phase",
                "notification.phase-unknown", code));
    }

    static ObjectNode json(SentNotification n) {
        ObjectNode node = Json.object().put("id", n.id()).put("target", n.target().code())
                .put("recipientName", n.recipientName()).put("phase", n.phase() == null ? null : n.phase().code())
                .put("sentAt", Json.instant(n.sentAt())).put("channel", n.channel()).put("reference", n.reference())
                .put("delayReason", n.delayReason()).put("note", n.note()).put("recordedBy", n.recordedBy())
                .put("recordedAt", Json.instant(n.recordedAt()));
        ArrayNode rules = node.putArray("rulesMet");
        n.rulesMet().forEach(rules::add);
        return node;
    }

    private static String describe(SentNotification n) {
        return n.id() + "\t" + n.target().code() + (n.phase() == null ? "" : " (" + n.phase().code() + ")") + "\t"
                + Json.instant(n.sentAt()) + "\t" + TerminalText.escape(n.channel())
                + (n.reference() == null ? "" : "\t" + TerminalText.escape(n.reference()))
                + (n.rulesMet().isEmpty() ? "" : "\tmet " + String.join(", ", n.rulesMet()))
                + (n.delayReason() == null ? "" : "\tlate: " + TerminalText.escape(n.delayReason()));
    }

    @Command(name = "authority", description = "Record the notification to the supervisory authority as sent: the"
            + " initial one meets the authority's clock (a late one needs --delay-reason); follow-ups give what was"
            + " not known at first (GDPR Art. 33(4)). The text as sent is kept with it.")
    static final class Authority extends InWorkspaceCommand {
        @Parameters(index = "0", paramLabel = "REF", description = "The case reference.")
        String reference;

        @Option(names = "--phase", required = true, paramLabel = "PHASE", description = "initial or follow-up.")
        String phase;

        @Option(names = "--at", required = true, paramLabel = "ISO_INSTANT",
                converter = Converters.InstantConverter.class, description = "When it was sent.")
        Instant at;

        @Option(names = "--channel", required = true, paramLabel = "TEXT",
                description = "How it was sent (biznes.gov.pl, ePUAP, the ICO's form, post…).")
        String channel;

        @Option(names = "--reference", paramLabel = "TEXT", description = "The authority's reference number.")
        String authorityReference;

        @Option(names = "--delay-reason", paramLabel = "TEXT", description = "Why it is late (required when it is).")
        String delayReason;

        @Option(names = "--name", paramLabel = "TEXT", description = "The authority's name (UODO, ICO…).")
        String name;

        @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text or json.")
        OutputFormat format;

        Authority(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            CaseReference ref = CaseReference.parse(reference);
            NotificationPhase chosen = phase(phase);
            SentNotification sent = fromWorkspace(context -> {
                String content = AuthorityText.render(form(context, ref, chosen, null, delayReason));
                return context.notifications().record(ref, new NotificationService.Notice(
                        NotificationTarget.AUTHORITY, name, chosen, at, channel, authorityReference, delayReason,
                        content, null));
            });
            if (format == OutputFormat.json) {
                session.out().println(Json.print(json(sent)));
            } else {
                session.out().println("Recorded the " + chosen.code() + " notification of " + ref
                        + " to the authority, sent " + Json.instant(sent.sentAt())
                        + (sent.rulesMet().isEmpty() ? "" : "; met " + String.join(", ", sent.rulesMet()))
                        + (sent.delayReason() == null ? "" : " (late)"));
            }
            return Cli.OK;
        }
    }

    /** The draft's output formats. */
    enum DraftFormat {
        pdf, text
    }

    @Command(name = "draft", description = "Write the authority's notification, pre-filled from the case, the"
            + " organisation profile and the saved draft, in the form's order: as a PDF, or as plain text to paste"
            + " into the authority's web form.")
    static final class Draft extends InWorkspaceCommand {
        @Parameters(index = "0", paramLabel = "REF", description = "The case reference.")
        String reference;

        @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "pdf or text.")
        DraftFormat format;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
        Path out;

        @Option(names = "--phase", defaultValue = "initial", paramLabel = "PHASE",
                description = "initial (default) or follow-up.")
        String phase;

        @Option(names = "--language", paramLabel = "LANG", description = "en or pl (default: the organisation's).")
        String language;

        @Option(names = "--delay-reason", paramLabel = "TEXT", description = "The reason for a delay, to include.")
        String delayReason;

        Draft(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            CaseReference ref = CaseReference.parse(reference);
            NotificationPhase chosen = phase(phase);
            if (Files.isDirectory(out)) {
                throw new ValidationException("--out", "letters.folder-not-file", out.toString());
            }
            inWorkspace(context -> {
                LetterContext letter = context.letters().context(ref);
                DocumentLanguage words = words(letter, language);
                AuthorityForm form = form(context, letter, ref, chosen, words, delayReason);
                try {
                    WholeFile.write(out, ".draft-", stream -> {
                        if (format == DraftFormat.pdf) {
                            AuthorityPdf.write(form, words, ref.toString(), stream);
                        } else {
                            stream.write(AuthorityText.render(form).getBytes(StandardCharsets.UTF_8));
                        }
                        return null;
                    });
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            session.out().println("Wrote the " + chosen.code() + " notification of " + ref + " to " + out);
            return Cli.OK;
        }
    }

    @Command(name = "other", description = "Record a notification to someone other than the supervisory authority:"
            + " the controller (when acting as its processor; it meets the processor's clock), the police, a bank,"
            + " an insurer, another authority.")
    static final class Other extends InWorkspaceCommand {
        @Parameters(index = "0", paramLabel = "REF", description = "The case reference.")
        String reference;

        @Option(names = "--to", required = true, paramLabel = "TARGET",
                description = "controller, police, bank, insurer, other-authority or other.")
        String to;

        @Option(names = "--name", paramLabel = "TEXT", description = "Who, by name.")
        String name;

        @Option(names = "--at", required = true, paramLabel = "ISO_INSTANT",
                converter = Converters.InstantConverter.class, description = "When it was sent.")
        Instant at;

        @Option(names = "--channel", required = true, paramLabel = "TEXT", description = "How it was sent.")
        String channel;

        @Option(names = "--reference", paramLabel = "TEXT", description = "Their reference number.")
        String theirReference;

        @Option(names = "--delay-reason", paramLabel = "TEXT", description = "Why it is late, when a clock says so.")
        String delayReason;

        @Option(names = "--note", paramLabel = "TEXT", description = "A note.")
        String note;

        @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text or json.")
        OutputFormat format;

        Other(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            CaseReference ref = CaseReference.parse(reference);
            NotificationTarget target = Coded.find(NotificationTarget.class, to)
                    .filter(t -> t != NotificationTarget.AUTHORITY)
                    .orElseThrow(() -> new ValidationException("--to", "notification.target-unknown", to));
            SentNotification sent = fromWorkspace(context -> context.notifications().record(ref,
                    new NotificationService.Notice(target, name, null, at, channel, theirReference, delayReason, null,
                            note)));
            if (format == OutputFormat.json) {
                session.out().println(Json.print(json(sent)));
            } else {
                session.out().println("Recorded: " + describe(sent));
            }
            return Cli.OK;
        }
    }

    @Command(name = "list", description = "A case's notifications recorded as sent, in the order recorded.")
    static final class ListSent extends InWorkspaceCommand {
        @Parameters(index = "0", paramLabel = "REF", description = "The case reference.")
        String reference;

        @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text or json.")
        OutputFormat format;

        ListSent(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            CaseReference ref = CaseReference.parse(reference);
            List<SentNotification> sent = fromWorkspace(context -> context.notifications().list(ref));
            if (format == OutputFormat.json) {
                ArrayNode array = Json.mapper().createArrayNode();
                sent.forEach(n -> array.add(json(n)));
                session.out().println(Json.print(array));
            } else {
                sent.forEach(n -> session.out().println(describe(n)));
            }
            return Cli.OK;
        }
    }

    @Command(name = "draft-save", description = "Save the words of the authority's draft from a JSON file: any of"
            + " nature, courseOfEvents, place, cause, consequences, measuresTaken, measuresProposed,"
            + " otherOrganisations, adviceToSubjects (texts or null) and confidentiality, integrity, availability"
            + " (true, false or null: not known); the fields the file leaves out keep their words.")
    static final class DraftSave extends InWorkspaceCommand {
        private static final List<String> TEXTS = List.of("nature", "courseOfEvents", "place", "cause",
                "consequences", "measuresTaken", "measuresProposed", "otherOrganisations", "adviceToSubjects");
        private static final List<String> FLAGS = List.of("confidentiality", "integrity", "availability");

        @Parameters(index = "0", paramLabel = "REF", description = "The case reference.")
        String reference;

        @Option(names = "--from", required = true, paramLabel = "FILE.json", description = "The draft's words.")
        Path from;

        DraftSave(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            CaseReference ref = CaseReference.parse(reference);
            if (!Files.isRegularFile(from)) {
                throw new ValidationException("--from", "cli.no-such-file", from.toString());
            }
            com.fasterxml.jackson.databind.JsonNode given;
            try {
                given = Json.mapper().readTree(Files.readString(from, StandardCharsets.UTF_8));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new ValidationException("--from", "organisation.json-unreadable", from.getFileName().toString(),
                        (long) e.getLocation().getLineNr(), String.valueOf(e.getOriginalMessage()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (given == null || !given.isObject()) {
                throw new ValidationException("--from", "organisation.json-not-object", from.getFileName().toString());
            }
            com.fasterxml.jackson.databind.JsonNode words = given;
            org.trustcase.model.notifications.AuthorityDraft saved = fromWorkspace(context ->
                    context.notifications().saveDraft(ref, merged(context.notifications().draft(ref), words)));
            session.out().println("Draft of " + ref + " saved by " + TerminalText.escape(saved.updatedBy()));
            return Cli.OK;
        }

        /** The draft with the file's fields over it; a field of the wrong name or kind is refused, each named. */
        private static org.trustcase.model.notifications.AuthorityDraft merged(
                org.trustcase.model.notifications.AuthorityDraft d, com.fasterxml.jackson.databind.JsonNode given) {
            List<org.trustcase.model.common.FieldError> errors = new java.util.ArrayList<>();
            given.fieldNames().forEachRemaining(name -> {
                if (!TEXTS.contains(name) && !FLAGS.contains(name)) {
                    errors.add(new org.trustcase.model.common.FieldError(name, "notification.field-unknown", name,
                            String.join(", ", TEXTS) + ", " + String.join(", ", FLAGS)));
                }
            });
            String[] texts = {d.nature(), d.courseOfEvents(), d.place(), d.cause(), d.consequences(),
                d.measuresTaken(), d.measuresProposed(), d.otherOrganisations(), d.adviceToSubjects()};
            for (int i = 0; i < texts.length; i++) {
                com.fasterxml.jackson.databind.JsonNode value = given.get(TEXTS.get(i));
                if (value != null) {
                    if (value.isNull() || value.isTextual()) {
                        texts[i] = value.isNull() ? null : value.asText();
                    } else {
                        errors.add(new org.trustcase.model.common.FieldError(TEXTS.get(i),
                                "organisation.field-not-text", TEXTS.get(i)));
                    }
                }
            }
            Boolean[] flags = {d.confidentiality(), d.integrity(), d.availability()};
            for (int i = 0; i < flags.length; i++) {
                com.fasterxml.jackson.databind.JsonNode value = given.get(FLAGS.get(i));
                if (value != null) {
                    if (value.isNull() || value.isBoolean()) {
                        flags[i] = value.isNull() ? null : value.asBoolean();
                    } else {
                        errors.add(new org.trustcase.model.common.FieldError(FLAGS.get(i),
                                "notification.field-not-flag", FLAGS.get(i)));
                    }
                }
            }
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            return new org.trustcase.model.notifications.AuthorityDraft(texts[0], texts[1], texts[2], texts[3],
                    texts[4], texts[5], texts[6], texts[7], texts[8], flags[0], flags[1], flags[2], null, null);
        }
    }
}
