package org.trustcase.app.cli;

import java.util.List;
import java.util.stream.Collectors;
import org.trustcase.app.cli.json.DeadlineJson;
import org.trustcase.model.deadlines.DeadlineClock;
import org.trustcase.model.deadlines.TimeLimit;

/** Deadline rules and clocks as plain text for people. */
final class DeadlineText {
    private DeadlineText() {
    }

    static String limits(List<TimeLimit> limits) {
        String text = limits.stream().map(limit -> Cli.texts().render(limit.basis())).collect(Collectors.joining(" / "));
        return limits.size() > 1 ? "earliest of " + text : text;
    }

    static String clock(DeadlineClock clock) {
        String due = clock.dueAt() == null ? "-" : DeadlineJson.local(clock.dueLocal());
        String reason = clock.reason() == null ? "" : "  (" + Cli.texts().render(clock.reason()) + ")";
        return String.format("%-18s %-14s %-6s %-25s %s%s", clock.rule().id(), clock.status().code(),
                clock.rule().kind().code(), due, clock.zone(), reason);
    }
}
