package org.trustcase.app.cli;

import org.trustcase.app.cli.json.Instants;
import org.trustcase.model.caseclocks.ClockOutcome;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.common.ValidationException;
import org.trustcase.model.deadlines.DeadlineClock;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code trustcase deadlines correct REF RULE (--met-at ISO_INSTANT [--delay-reason T] | --waive-ground T
 * | --withdraw) --reason T}: replaces a clock's wrong outcome by a corrected one; the earlier one is kept.
 */
@Command(name = "correct", description = "Correct a clock's recorded outcome (the earlier one stays in the history).")
final class DeadlineCorrectCommand extends InWorkspaceCommand {
    @Parameters(index = "0", paramLabel = "REF", description = "The case reference.")
    String reference;

    @Parameters(index = "1", paramLabel = "RULE", description = "The rule id, e.g. GDPR-SA.")
    String rule;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Corrected corrected;

    static final class Corrected {
        @Option(names = "--met-at", paramLabel = "ISO_INSTANT", description = "It was met, at this time.")
        String metAt;

        @Option(names = "--waive-ground", paramLabel = "TEXT", description = "It is waived, on this legal ground.")
        String waiveGround;

        @Option(names = "--withdraw", description = "It has no outcome: the clock runs again.")
        boolean withdraw;
    }

    @Option(names = "--delay-reason", paramLabel = "TEXT", description = "Why it was late (with --met-at, when late).")
    String delayReason;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why the outcome is corrected.")
    String reason;

    DeadlineCorrectCommand(CliSession session) {
        super(session);
    }

    @Override
    public Integer call() {
        CaseReference ref = CaseReference.parse(reference);
        ClockOutcome.Kind kind = corrected.metAt != null ? ClockOutcome.Kind.MET
                : corrected.waiveGround != null ? ClockOutcome.Kind.WAIVED : ClockOutcome.Kind.WITHDRAWN;
        var at = corrected.metAt == null ? null : Instants.parse(corrected.metAt, "--met-at");
        String outcomeReason = kind == ClockOutcome.Kind.MET ? delayReason : corrected.waiveGround;
        DeadlineClock clock;
        try {
            clock = fromWorkspace(context -> context.clocks().correct(ref, rule, kind, at, outcomeReason, reason));
        } catch (ValidationException e) {
            throw new ValidationException(e.errors().stream().map(error -> switch (error.field()) {
                case "delayReason" -> error.renamed("--delay-reason");
                case "at" -> error.renamed("--met-at");
                case "reason" -> error.renamed("--waive-ground");
                case "correctionReason" -> error.renamed("--reason");
                default -> error;
            }).toList());
        }
        session.out().println(ref + " " + clock.rule().id() + " corrected: " + clock.status().code());
        return Cli.OK;
    }
}
