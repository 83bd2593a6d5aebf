package org.trustcase.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.trustcase.app.DesktopStart;
import org.trustcase.app.bootstrap.AppContextFactory;

/**
 * What every command gets by constructor: the output streams, the clock and actor, the workspace
 * chosen with the global {@code --workspace} option (else the per-user default), and how to start
 * the desktop window.
 */
public final class CliSession {
    private final PrintWriter out;
    private final PrintWriter err;
    private final Clock clock;
    private final Credentials credentials;
    private final Path defaultWorkspace;
    private final Consumer<DesktopStart> desktop;
    private Path workspace;
    private boolean debug;
    private Duration wait;

    /**
     * @param environment where {@code TRUSTCASE_USER}, {@code TRUSTCASE_PASSWORD} and {@code TRUSTCASE_NEW_PASSWORD}
     *     are looked up
     * @param terminal    asks for them when they are absent ({@link Terminal#NONE} when nobody can answer)
     */
    public CliSession(PrintWriter out, PrintWriter err, Clock clock, Map<String, String> environment, Terminal terminal,
            Path defaultWorkspace, Consumer<DesktopStart> desktop) {
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.credentials = new Credentials(environment, terminal);
        this.defaultWorkspace = Objects.requireNonNull(defaultWorkspace, "defaultWorkspace");
        this.desktop = Objects.requireNonNull(desktop, "desktop");
    }

    public PrintWriter out() {
        return out;
    }

    public PrintWriter err() {
        return err;
    }

    /** The clock of this run: "now" for commands that compute from the current time. */
    public Clock clock() {
        return clock;
    }

    public Path workspace() {
        return workspace != null ? workspace : defaultWorkspace;
    }

    void workspace(Path chosen) {
        workspace = chosen;
    }

    /** True when {@code --workspace} chose the folder; false for the per-user default. */
    public boolean workspaceChosen() {
        return workspace != null;
    }

    public boolean debug() {
        return debug;
    }

    void debug(boolean on) {
        debug = on;
    }

    void waitFor(Duration chosen) {
        wait = chosen;
    }

    /**
     * Opens and creates workspaces on this run's clock, nobody signed in, waiting for a busy workspace as
     * {@code --wait} says (see {@link InWorkspaceCommand}).
     */
    AppContextFactory contexts() {
        AppContextFactory contexts = AppContextFactory.signingIn(clock);
        return wait == null ? contexts : contexts.waitingUpTo(wait);
    }

    /** Who runs the commands, from the environment or the terminal. */
    Credentials credentials() {
        return credentials;
    }

    /** @param demo true for {@code --demo}: the per-user demo workspace */
    void startDesktop(boolean demo) {
        desktop.accept(new DesktopStart(Optional.ofNullable(workspace), demo));
    }
}
