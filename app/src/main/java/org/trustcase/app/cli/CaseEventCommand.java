package org.trustcase.app.cli;

import java.time.Instant;
import java.util.concurrent.Callable;
import org.trustcase.app.AppContext;
import org.trustcase.app.cli.json.Instants;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.common.Coded;
import org.trustcase.model.deadlines.DeadlineEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code trustcase case event REF NAME ISO_INSTANT}: records when a deadline-relevant event happened. */
@Command(name = "event", description = "Record a dated event (aware, detected, determination, classified-major, "
        + "materiality-determined, assessed-notifiable, initial-notification, intermediate-report).")
final class CaseEventCommand implements Callable<Integer> {
    private final CliSession session;

    @Parameters(index = "0", paramLabel = "REF", description = "The case reference.")
    String reference;

    @Parameters(index = "1", paramLabel = "NAME", description = "The event name.")
    String name;

    @Parameters(index = "2", paramLabel = "ISO_INSTANT", description = "When it happened, e.g. 2026-03-30T10:00:00Z.")
    String at;

    CaseEventCommand(CliSession session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        CaseReference ref = CaseReference.parse(reference);
        DeadlineEvent event = Coded.parse(DeadlineEvent.class, name, "NAME");
        Instant instant = Instants.parse(at, "ISO_INSTANT");
        try (AppContext context = session.open()) {
            context.clocks().recordEvent(ref, event, instant);
        }
        session.out().println(ref + " " + event.code() + " " + instant);
        return Cli.OK;
    }
}
