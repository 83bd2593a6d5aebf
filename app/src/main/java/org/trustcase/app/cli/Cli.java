package org.trustcase.app.cli;

import java.lang.reflect.Constructor;
import java.util.List;
import org.trustcase.app.text.Texts;
import org.trustcase.model.common.TrustcaseException;
import org.trustcase.model.common.UnreadableRecord;
import picocli.CommandLine;

/**
 * The {@code trustcase} command line. Exit codes: 0 ok; 1 unexpected error; 2 invalid input or
 * refused by a rule or by the access policy; 3 a verification failed; 4 the workspace is busy (another process
 * holds it for longer than {@code --wait} allows); 5 a list left out records that could not be read. Errors are
 * one line on stderr; {@code --debug} adds the stack trace.
 */
public final class Cli {
    public static final int OK = 0;
    public static final int UNEXPECTED = 1;
    public static final int INVALID = 2;
    public static final int VERIFICATION_FAILED = 3;
    public static final int BUSY = 4;
    /** The problem code of a busy workspace (the persistence layer's {@code BusyException}). */
    static final String BUSY_PROBLEM = "workspace.busy";
    /** A list was printed without some records that could not be read; each is reported on stderr. */
    public static final int INCOMPLETE = 5;

    /** The command line's words, read when first needed: the window's start has no use for them. */
    private static final class English {
        static final Texts TEXTS = Texts.english();
    }

    private Cli() {
    }

    public static int run(CliSession session, String... args) {
        if (args.length == 0) {
            // the window, as the desktop entry starts it: what TrustcaseCommand.call does, without picocli's ~100 ms
            session.startDesktop(false);
            return OK;
        }
        CommandLine commandLine = new CommandLine(TrustcaseCommand.class, factory(session));
        Subcommands.neededFor(args).forEach(commandLine::addSubcommand);
        commandLine.setOut(session.out());
        commandLine.setErr(session.err());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        // an argument is what it says: '@notes' is a title, not the options in a file called notes
        commandLine.setExpandAtFiles(false);
        commandLine.setParameterExceptionHandler((e, unused) -> {
            session.err().println("trustcase: " + oneLine(e.getMessage()) + " (see '"
                    + e.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
            session.err().flush();
            return INVALID;
        });
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            int code = exitCode(e);
            session.err().println("trustcase: " + oneLine(message(e)));
            if (session.debug()) {
                e.printStackTrace(session.err());
            }
            session.err().flush();
            return code;
        });
        int code = commandLine.execute(args);
        session.out().flush();
        return code;
    }

    /** The command line speaks English and names fields by their keys. */
    static Texts texts() {
        return English.TEXTS;
    }

    /**
     * Reports each record a list left out, one line each on stderr, and gives the exit code: {@link #OK}
     * when there is none, else {@link #INCOMPLETE}.
     */
    static int reportUnreadable(CliSession session, List<UnreadableRecord> unreadable) {
        for (UnreadableRecord record : unreadable) {
            session.err().println("trustcase: " + TerminalText.escape(texts().render(record.problem())));
        }
        session.err().flush();
        return unreadable.isEmpty() ? OK : INCOMPLETE;
    }

    static int exitCode(Exception e) {
        if (isBusy(e)) {
            return BUSY;
        }
        // Every failure reported on purpose (invalid input, a refused rule, an unusable workspace) is the user's to fix.
        return e instanceof TrustcaseException ? INVALID : UNEXPECTED;
    }

    /**
     * What the user reads for a failure, after {@code trustcase: }: a failure reported on purpose in
     * English from its problems (e.g. {@code not allowed: case-update on TC-2026-0001 (role-required:
     * legal-reviewer)}), anything else as an unexpected error.
     */
    static String message(Exception e) {
        if (e instanceof TrustcaseException failure) {
            return texts().render(failure) + (isBusy(e) ? "; try again later, or wait for it with --wait SECONDS" : "");
        }
        return "unexpected error: " + e;
    }

    private static boolean isBusy(Exception e) {
        return e instanceof TrustcaseException failure
                && failure.problems().stream().anyMatch(problem -> problem.code().equals(BUSY_PROBLEM));
    }

    private static String oneLine(String message) {
        return message == null ? "(no message)" : message.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    /** Constructor injection for commands: a constructor taking the session is preferred. */
    private static CommandLine.IFactory factory(CliSession session) {
        CommandLine.IFactory fallback = CommandLine.defaultFactory();
        return new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                try {
                    Constructor<K> constructor = type.getDeclaredConstructor(CliSession.class);
                    return constructor.newInstance(session);
                } catch (NoSuchMethodException e) {
                    return fallback.create(type);
                }
            }
        };
    }
}
