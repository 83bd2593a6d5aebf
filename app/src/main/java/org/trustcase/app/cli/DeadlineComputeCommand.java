package org.trustcase.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.trustcase.app.cli.json.DeadlineJson;
import org.trustcase.app.cli.json.Instants;
import org.trustcase.app.cli.json.Json;
import org.trustcase.model.cases.Jurisdiction;
import org.trustcase.model.common.Coded;
import org.trustcase.model.common.ValidationException;
import org.trustcase.model.deadlines.ClockEngine;
import org.trustcase.model.deadlines.ClockInputs;
import org.trustcase.model.deadlines.DeadlineClock;
import org.trustcase.model.deadlines.DeadlineEvent;
import org.trustcase.model.deadlines.RuleCatalog;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code trustcase deadlines compute (--rule ID)... | (--jurisdiction CODE)... --event NAME=ISO_INSTANT...
 * [--subjects N] [--flag NAME]... [--home-zone ZONE] [--format json]}: the clocks of the given rules, or of every rule covering
 * the given jurisdictions, from the given events. Stateless: reads and writes no workspace.
 */
@Command(name = "compute", description = "Compute deadline clocks from events, without a workspace.")
final class DeadlineComputeCommand implements Callable<Integer> {
    private final CliSession session;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Selection selection;

    static final class Selection {
        @Option(names = "--rule", paramLabel = "ID", required = true,
                description = "A rule id (see 'deadlines rules'); repeat for several.")
        List<String> rules;

        @Option(names = "--jurisdiction", paramLabel = "CODE", required = true,
                converter = Converters.JurisdictionConverter.class,
                description = "Every rule covering this ISO 3166 code (PL, GB, US-TX…); repeat for several, the lead first.")
        List<Jurisdiction> jurisdictions;
    }

    @Option(names = "--event", paramLabel = "NAME=ISO_INSTANT", required = true,
            description = "A dated event, e.g. aware=2026-03-27T10:00:00Z; repeat for several. Names: aware, detected,"
                    + " determination, classified-major, materiality-determined, assessed-notifiable,"
                    + " initial-notification, intermediate-report, subjects-notified, ransom-payment.")
    List<String> events = new ArrayList<>();

    @Option(names = "--subjects", paramLabel = "N", description = "The number of affected subjects, if known.")
    Long subjects;

    @Option(names = "--flag", paramLabel = "NAME", description = "A fact rules depend on (high-risk, nis2-entity…);"
            + " repeat for several.")
    List<String> flags = new ArrayList<>();

    @Option(names = "--home-zone", paramLabel = "ZONE", description = "The organisation's own time zone (an IANA zone"
            + " such as America/Los_Angeles), where US rules count their days; without it, each rule's own zone.")
    String homeZone;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", description = "Output format.")
    OutputFormat format;

    DeadlineComputeCommand(CliSession session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        ClockEngine engine = ClockEngine.standard();
        ClockInputs inputs = inputs(engine.catalog());
        List<DeadlineClock> clocks = engine.compute(inputs, session.clock().instant());
        if (format == OutputFormat.json) {
            ArrayNode array = Json.mapper().createArrayNode();
            clocks.forEach(clock -> array.add(DeadlineJson.clock(clock)));
            session.out().println(Json.print(array));
        } else {
            clocks.forEach(clock -> session.out().println(DeadlineText.clock(clock)));
        }
        return Cli.OK;
    }

    private ClockInputs inputs(RuleCatalog catalog) {
        ClockInputs.Builder inputs = ClockInputs.builder();
        if (selection.rules != null) {
            selection.rules.forEach(id -> inputs.rule(catalog.rule(id, "--rule").id()));
        } else {
            inputs.jurisdictions(selection.jurisdictions);
        }
        List<DeadlineEvent> seen = new ArrayList<>();
        for (String event : events) {
            int equals = event.indexOf('=');
            if (equals < 0) {
                throw new ValidationException("--event", "cli.event-format", event);
            }
            String name = event.substring(0, equals).strip();
            DeadlineEvent parsed = Coded.parse(DeadlineEvent.class, name, "--event " + name);
            if (seen.contains(parsed)) {
                throw new ValidationException("--event " + name, "cli.event-repeated");
            }
            seen.add(parsed);
            Instant at = Instants.parse(event.substring(equals + 1), "--event " + name);
            inputs.event(parsed, at);
        }
        if (subjects != null && subjects < 0) {
            throw new ValidationException("--subjects", "cli.subjects-negative", subjects);
        }
        flags.forEach(flag -> inputs.flag(catalog.flag(flag, "--flag").code()));
        if (homeZone != null) {
            try {
                inputs.homeZone(java.time.ZoneId.of(homeZone.strip()));
            } catch (java.time.DateTimeException e) {
                throw new ValidationException("--home-zone", "rules.unknown-zone", homeZone.strip());
            }
        }
        return inputs.subjects(subjects).build();
    }
}
