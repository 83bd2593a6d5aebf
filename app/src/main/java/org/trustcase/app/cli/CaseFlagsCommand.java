package org.trustcase.app.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.trustcase.model.cases.CaseReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code trustcase case flags REF [--set FLAG]... [--clear]}: the regime flags the deadline rules depend on. */
@Command(name = "flags", description = "Show or replace a case's regime flags (see 'deadlines rules' for the flags).")
final class CaseFlagsCommand extends InWorkspaceCommand {
    @Parameters(index = "0", paramLabel = "REF", description = "The case reference.")
    String reference;

    @Option(names = "--set", paramLabel = "FLAG", description = "A flag to have; repeat for several. Replaces the flags.")
    List<String> flags = new ArrayList<>();

    @Option(names = "--clear", description = "Remove every flag.")
    boolean clear;

    CaseFlagsCommand(CliSession session) {
        super(session);
    }

    @Override
    public Integer call() {
        CaseReference ref = CaseReference.parse(reference);
        inWorkspace(context -> {
            if (clear || !flags.isEmpty()) {
                Set<String> wanted = clear ? Set.of() : new LinkedHashSet<>(flags);
                context.clocks().setFlags(ref, wanted);
            }
            session.out().println(ref + " flags: " + String.join(", ", context.clocks().facts(ref).flags()));
        });
        return Cli.OK;
    }
}
