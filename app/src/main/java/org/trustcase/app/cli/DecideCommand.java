package org.trustcase.app.cli;

import java.util.Locale;
import java.util.Map;
import org.trustcase.model.assessment.Art34Exception;
import org.trustcase.model.assessment.DecisionDraft;
import org.trustcase.model.assessment.NotificationDecision;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.common.ValidationException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code trustcase decide REF --authority yes|no --subjects yes|no [--exception …]
 * --authority-reason TEXT --subjects-reason TEXT [--justification TEXT]}. Each decision has its own
 * reason; {@code --reason} is a shorthand for one reason that both share, given alone. A decision
 * that departs from the suggestion needs {@code --justification}: it is never taken from a reason.
 */
@Command(name = "decide", description = "Record the notification decision (the next decision version).")
final class DecideCommand extends InWorkspaceCommand {
    private static final Map<String, String> OPTIONS = Map.of("authorityReason", "--authority-reason",
            "subjectsReason", "--subjects-reason", "exception", "--exception",
            "departureJustification", "--justification");

    @Parameters(index = "0", paramLabel = "REF", description = "The case reference.")
    String reference;

    @Option(names = "--authority", required = true, paramLabel = "yes|no", description = "Notify the supervisory authority?")
    String authority;

    @Option(names = "--subjects", required = true, paramLabel = "yes|no", description = "Tell the data subjects?")
    String subjects;

    @Option(names = "--exception", paramLabel = "34-3-a|34-3-b|34-3-c",
            description = "The Art. 34(3) ground for not telling data subjects individually.")
    String exception;

    @Option(names = "--authority-reason", paramLabel = "TEXT",
            description = "Why the supervisory authority is (or is not) notified (required).")
    String authorityReason;

    @Option(names = "--subjects-reason", paramLabel = "TEXT",
            description = "Why the data subjects are (or are not) told (required unless --exception gives the ground).")
    String subjectsReason;

    @Option(names = "--reason", paramLabel = "TEXT",
            description = "Shorthand: one reason for both decisions; not together with --authority-reason or --subjects-reason.")
    String reason;

    @Option(names = "--justification", paramLabel = "TEXT",
            description = "Why the decision departs from the suggestion (required when it does; never taken from a reason).")
    String justification;

    DecideCommand(CliSession session) {
        super(session);
    }

    @Override
    public Integer call() {
        CaseReference ref = CaseReference.parse(reference);
        boolean notifyAuthority = yesNo(authority, "--authority");
        boolean notifySubjects = yesNo(subjects, "--subjects");
        Art34Exception ground = exception == null ? null : Art34Exception.parse(exception, "--exception");
        if (reason != null && (authorityReason != null || subjectsReason != null)) {
            throw new ValidationException("--reason", "cli.decision-reason-shorthand");
        }
        DecisionDraft draft = new DecisionDraft(notifyAuthority, authorityReason != null ? authorityReason : reason,
                notifySubjects, subjectsReason != null ? subjectsReason : reason, ground, justification);
        try {
            inWorkspace(context -> {
                NotificationDecision recorded = context.assessments().decide(ref, draft);
                session.out().println(ref + " decision v" + recorded.version()
                        + (recorded.departsFromSuggestion() ? " (departs from the suggestion)" : ""));
            });
        } catch (ValidationException e) {
            throw new ValidationException(e.errors().stream()
                    .map(error -> error.renamed(OPTIONS.getOrDefault(error.field(), error.field()))).toList());
        }
        return Cli.OK;
    }

    private static boolean yesNo(String text, String option) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw new ValidationException(option, "cli.not-yes-or-no", String.valueOf(text));
        };
    }
}
