package org.trustcase.app.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.trustcase.app.AppContext;
import org.trustcase.model.cases.CaseReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code trustcase case flags REF [--set FLAG]... [--clear]}: the regime flags the deadline rules depend on. */
@Command(name = "flags", description = "Show or replace a case's regime flags (see 'deadlines rules' for the flags).")
final class CaseFlagsCommand implements Callable<Integer> {
    private final CliSession session;

    @Parameters(index = "0", paramLabel = "REF", description = "The case reference.")
    String reference;

    @Option(names = "--set", paramLabel = "FLAG", description = "A flag to have; repeat for several. Replaces the flags.")
    List<String> flags = new ArrayList<>();

    @Option(names = "--clear", description = "Remove every flag.")
    boolean clear;

    CaseFlagsCommand(CliSession session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        CaseReference ref = CaseReference.parse(reference);
        try (AppContext context = session.open()) {
            if (clear || !flags.isEmpty()) {
                Set<String> wanted = clear ? Set.of() : new LinkedHashSet<>(flags);
                context.clocks().setFlags(ref, wanted);
            }
            session.out().println(ref + " flags: " + String.join(", ", context.clocks().facts(ref).flags()));
        }
        return Cli.OK;
    }
}
