package org.trustcase.app.cli;

import java.util.Locale;
import org.trustcase.model.assessment.Art34Exception;
import org.trustcase.model.assessment.DecisionDraft;
import org.trustcase.model.assessment.NotificationDecision;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.common.ValidationException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code trustcase decide REF --authority yes|no --subjects yes|no [--exception …] --reason TEXT}.
 * The reason is recorded for the authority and for the data subjects; when the decision departs
 * from the suggestion it is also the justification, unless {@code --justification} gives another.
 */
@Command(name = "decide", description = "Record the notification decision (the next decision version).")
final class DecideCommand extends InWorkspaceCommand {
    @Parameters(index = "0", paramLabel = "REF", description = "The case reference.")
    String reference;

    @Option(names = "--authority", required = true, paramLabel = "yes|no", description = "Notify the supervisory authority?")
    String authority;

    @Option(names = "--subjects", required = true, paramLabel = "yes|no", description = "Tell the data subjects?")
    String subjects;

    @Option(names = "--exception", paramLabel = "34-3-a|34-3-b|34-3-c",
            description = "The Art. 34(3) ground for not telling data subjects individually.")
    String exception;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why (required).")
    String reason;

    @Option(names = "--justification", paramLabel = "TEXT",
            description = "Why the decision departs from the suggestion (default: the reason).")
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
        if (reason == null || reason.isBlank()) {
            throw new ValidationException("--reason", "cli.decision-reason-required");
        }
        DecisionDraft draft = new DecisionDraft(notifyAuthority, reason, notifySubjects, reason, ground,
                justification != null ? justification : reason);
        inWorkspace(context -> {
            NotificationDecision recorded = context.assessments().decide(ref, draft);
            session.out().println(ref + " decision v" + recorded.version()
                    + (recorded.departsFromSuggestion() ? " (departs from the suggestion)" : ""));
        });
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
