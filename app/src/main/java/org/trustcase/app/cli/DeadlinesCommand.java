package org.trustcase.app.cli;

import picocli.CommandLine.Command;

/** {@code trustcase deadlines …}: the deadline rules and clocks computed from given events; needs no workspace. */
@Command(name = "deadlines", description = "Notification deadline rules, and clocks computed from events.",
        subcommands = {DeadlineRulesCommand.class, DeadlineComputeCommand.class, DeadlineListCommand.class,
                DeadlineMeetCommand.class, DeadlineWaiveCommand.class, DeadlineCorrectCommand.class})
final class DeadlinesCommand {
}
