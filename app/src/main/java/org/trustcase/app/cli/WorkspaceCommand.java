package org.trustcase.app.cli;

import org.trustcase.app.AppContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code trustcase workspace init [--demo]}. */
@Command(name = "workspace", description = "Manage the workspace folder.", subcommands = {WorkspaceCommand.Init.class,
        WorkspaceCommand.Generate.class})
final class WorkspaceCommand {

    @Command(name = "init", description = "Create a workspace (with fictional demo cases if --demo).")
    static final class Init implements java.util.concurrent.Callable<Integer> {
        private final CliSession session;

        @Option(names = "--demo", description = "Fill it with about a dozen fictional demo cases.")
        boolean demo;

        Init(CliSession session) {
            this.session = session;
        }

        @Override
        public Integer call() {
            try (AppContext context = session.contexts().create(session.workspace(), demo)) {
                long cases = context.caseLists().count(org.trustcase.model.caselist.CaseQuery.ALL);
                session.out().println("Created workspace " + context.workspaceDirectory()
                        + (demo ? " with " + cases + " fictional demo cases" : ""));
            }
            return Cli.OK;
        }
    }

    @Command(name = "generate", description = "Create a workspace filled with generated, fictional cases for measuring.")
    static final class Generate implements java.util.concurrent.Callable<Integer> {
        private final CliSession session;

        @Option(names = "--cases", required = true, paramLabel = "N", description = "How many cases (1 to 10,000,000).")
        int cases;

        @Option(names = "--open", defaultValue = "90", paramLabel = "PERCENT",
                description = "The share of open cases, 0 to 100 (default: 90).")
        int openPercent;

        @Option(names = "--seed", defaultValue = "1", paramLabel = "S",
                description = "The random seed; the same seed gives the same cases (default: 1).")
        long seed;

        Generate(CliSession session) {
            this.session = session;
        }

        @Override
        public Integer call() {
            if (cases < 1 || cases > 10_000_000) {
                throw new org.trustcase.model.common.ValidationException("--cases", "cli.out-of-range", 1, 10_000_000,
                        cases);
            }
            if (openPercent < 0 || openPercent > 100) {
                throw new org.trustcase.model.common.ValidationException("--open", "cli.out-of-range", 0, 100,
                        openPercent);
            }
            long started = System.nanoTime();
            int step = Math.max(1, cases / 10);
            try (AppContext context = session.contexts().generate(session.workspace(), cases, openPercent, seed,
                    done -> {
                        if (done % step < 1000 || done == cases) {
                            session.err().println("generated " + done + " of " + cases + " cases");
                            session.err().flush();
                        }
                    })) {
                long open = context.caseLists().count(org.trustcase.model.caselist.CaseQuery.open());
                session.out().println("Created workspace " + context.workspaceDirectory() + " with " + cases
                        + " generated fictional cases (" + open + " open) in "
                        + java.time.Duration.ofNanos(System.nanoTime() - started).toSeconds() + " s");
            }
            return Cli.OK;
        }
    }
}
