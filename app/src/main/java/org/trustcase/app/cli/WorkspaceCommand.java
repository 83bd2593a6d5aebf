package org.trustcase.app.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.LongConsumer;
import org.trustcase.app.bootstrap.AppContextFactory;
import org.trustcase.model.caselist.CaseQuery;
import org.trustcase.model.common.ValidationException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code trustcase workspace init|generate|backup|restore}. */
@Command(name = "workspace", description = "Manage the workspace folder.", subcommands = {WorkspaceCommand.Init.class,
        WorkspaceCommand.Generate.class, WorkspaceCommand.Backup.class, WorkspaceCommand.Restore.class})
final class WorkspaceCommand {

    @Command(name = "init", description = "Create a workspace (with fictional demo cases if --demo).")
    static final class Init extends InWorkspaceCommand {
        @Option(names = "--demo", description = "Fill it with about a dozen fictional demo cases.")
        boolean demo;

        Init(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            // the first DPO is who creates the workspace: their credentials are needed before anything is made
            String login = session.credentials().login();
            AppContextFactory.FirstDpo first = new AppContextFactory.FirstDpo(login, "",
                    session.credentials().password(login));
            inWorkspace((contexts, folder) -> contexts.create(folder, demo, first), context -> {
                long cases = context.caseLists().count(CaseQuery.ALL);
                session.out().println("Created workspace " + context.workspaceDirectory()
                        + (demo ? " with " + cases + " fictional demo cases" : "") + "; first DPO: " + login);
                if (demo) {
                    session.out().println("Demo-only accounts: dpo, reviewer and manager, password '"
                            + AppContextFactory.DEMO_PASSWORD + "' (never use them for real data)");
                }
            });
            return Cli.OK;
        }
    }

    @Command(name = "generate", description = "Create a workspace filled with generated, fictional cases for measuring.")
    static final class Generate extends InWorkspaceCommand {
        @Option(names = "--cases", required = true, paramLabel = "N", description = "How many cases (1 to 10,000,000).")
        int cases;

        @Option(names = "--open", defaultValue = "90", paramLabel = "PERCENT",
                description = "The share of open cases, 0 to 100 (default: 90).")
        int openPercent;

        @Option(names = "--seed", defaultValue = "1", paramLabel = "S",
                description = "The random seed; the same seed gives the same cases (default: 1).")
        long seed;

        Generate(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            if (cases < 1 || cases > 10_000_000) {
                throw new ValidationException("--cases", "cli.out-of-range", 1, 10_000_000,
                        cases);
            }
            if (openPercent < 0 || openPercent > 100) {
                throw new ValidationException("--open", "cli.out-of-range", 0, 100,
                        openPercent);
            }
            long started = System.nanoTime();
            int step = Math.max(1, cases / 10);
            LongConsumer progress = done -> {
                if (done % step < 1000 || done == cases) {
                    session.err().println("generated " + done + " of " + cases + " cases");
                    session.err().flush();
                }
            };
            AppContextFactory.FirstDpo first = null;
            if (session.credentials().available()) {
                String login = session.credentials().login();
                first = new AppContextFactory.FirstDpo(login, "", session.credentials().password(login));
            }
            AppContextFactory.FirstDpo creator = first;
            inWorkspace((contexts, folder) -> contexts.generate(folder, cases, openPercent, seed, progress, creator),
                    context -> {
                long open = context.caseLists().count(CaseQuery.open());
                session.out().println("Created workspace " + context.workspaceDirectory() + " with " + cases
                        + " generated fictional cases (" + open + " open) in "
                        + Duration.ofNanos(System.nanoTime() - started).toSeconds() + " s");
                session.out().println("Demo-only accounts: dpo, reviewer and manager, password '"
                        + AppContextFactory.DEMO_PASSWORD + "' (never use them for real data)");
            });
            return Cli.OK;
        }
    }

    @Command(name = "backup", description = "Write a consistent copy of the workspace into a new file, also while"
            + " it is in use.")
    static final class Backup extends InWorkspaceCommand {
        @Option(names = "--out", required = true, paramLabel = "FILE",
                description = "The backup file to write; it must not exist.")
        Path out;

        Backup(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            String version = session.contexts().backup(session.workspace(), out, session.credentials()::signIn);
            session.out().println("Backed up workspace " + session.workspace() + " to " + out + " (schema version "
                    + version + ")");
            return Cli.OK;
        }
    }

    @Command(name = "restore", description = "Restore a backup into a new or empty workspace folder and check it.")
    static final class Restore extends InWorkspaceCommand {
        @Parameters(index = "0", paramLabel = "FILE", description = "A file written by 'workspace backup'.")
        Path backup;

        Restore(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            inWorkspace((contexts, folder) -> contexts.restore(backup, folder), context -> {
                long cases = context.caseLists().count(CaseQuery.ALL);
                session.out().println("Restored " + backup + " into " + context.workspaceDirectory() + ": " + cases
                        + " cases, integrity checked");
            });
            return Cli.OK;
        }
    }
}
