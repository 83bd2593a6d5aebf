package org.trustcase.app.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.CaseDetails;
import org.trustcase.model.cases.Jurisdiction;
import org.trustcase.model.cases.ReportChannel;
import org.trustcase.model.common.Coded;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code trustcase case new --title T --aware ISO_INSTANT …}: prints the new case's reference. */
@Command(name = "new", description = "Open a new case; prints its reference.")
final class CaseNewCommand extends InWorkspaceCommand {
    @Option(names = "--title", required = true, paramLabel = "TEXT", description = "A short title.")
    String title;

    @Option(names = "--aware", required = true, paramLabel = "ISO_INSTANT", converter = Converters.InstantConverter.class,
            description = "When the organisation became aware of the breach, e.g. 2026-03-30T10:00:00Z.")
    Instant aware;

    @Option(names = "--detected", paramLabel = "ISO_INSTANT", converter = Converters.InstantConverter.class,
            description = "When the incident was first detected.")
    Instant detected;

    @Option(names = "--summary", paramLabel = "TEXT", description = "What happened.")
    String summary;

    @Option(names = "--jurisdiction", paramLabel = "CODE", converter = Converters.JurisdictionConverter.class,
            description = "An ISO 3166 code (PL, DE, US-CA…); repeat for several.")
    List<Jurisdiction> jurisdictions = new ArrayList<>();

    @Option(names = "--reporter", paramLabel = "TEXT", description = "Who reported it.")
    String reporter;

    @Option(names = "--channel", paramLabel = "CODE", description = "How it was reported (email, phone, web-form…).")
    String channel;

    @Option(names = "--owner", paramLabel = "NAME", description = "Who is responsible for the case.")
    String owner;

    @Option(names = "--aware-gap-reason", paramLabel = "TEXT",
            description = "Why awareness came later than detection.")
    String awareGapReason;

    CaseNewCommand(CliSession session) {
        super(session);
    }

    @Override
    public Integer call() {
        CaseDetails details = CaseDetails.builder()
                .title(title).awareAt(aware).detectedAt(detected).summary(summary).jurisdictions(jurisdictions)
                .reporter(reporter).owner(owner).awareGapReason(awareGapReason)
                .channel(channel == null ? null : Coded.parse(ReportChannel.class, channel, "--channel"))
                .build();
        inWorkspace(context -> {
            BreachCase opened = context.cases().open(details);
            session.out().println(opened.reference());
        });
        return Cli.OK;
    }
}
