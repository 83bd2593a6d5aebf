package org.trustcase.app.cli;

import picocli.CommandLine.Command;

/** {@code trustcase case …}. */
@Command(name = "case", description = "Open, read, edit and move breach cases.",
        subcommands = {CaseNewCommand.class, CaseListCommand.class, CaseShowCommand.class, CaseUpdateCommand.class,
                CaseMoveCommand.class, CaseEventCommand.class, CaseFlagsCommand.class, CaseAssignCommand.class})
final class CaseCommand {
}
