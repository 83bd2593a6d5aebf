package org.trustcase.app.cli;

import java.time.Instant;
import org.trustcase.app.cli.json.Instants;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.common.Coded;
import org.trustcase.model.deadlines.DeadlineEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code trustcase case event REF NAME ISO_INSTANT}: records when a deadline-relevant event happened. */
@Command(name = "event", description = "Record a dated event (aware, detected, determination, classified-major, "
        + "materiality-determined, assessed-notifiable, initial-notification, intermediate-report, subjects-notified, "
        + "ransom-payment).")
final class CaseEventCommand extends InWorkspaceCommand {
    @Parameters(index = "0", paramLabel = "REF", description = "The case reference.")
    String reference;

    @Parameters(index = "1", paramLabel = "NAME", description = "The event name.")
    String name;

    @Parameters(index = "2", paramLabel = "ISO_INSTANT", description = "When it happened, e.g. 2026-03-30T10:00:00Z.")
    String at;

    CaseEventCommand(CliSession session) {
        super(session);
    }

    @Override
    public Integer call() {
        CaseReference ref = CaseReference.parse(reference);
        DeadlineEvent event = Coded.parse(DeadlineEvent.class, name, "NAME");
        Instant instant = Instants.parse(at, "ISO_INSTANT");
        inWorkspace(context -> context.clocks().recordEvent(ref, event, instant));
        session.out().println(ref + " " + event.code() + " " + instant);
        return Cli.OK;
    }
}
