package org.trustcase.app.cli;

import org.trustcase.app.AppContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code trustcase workspace init [--demo]}. */
@Command(name = "workspace", description = "Manage the workspace folder.", subcommands = WorkspaceCommand.Init.class)
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
}
