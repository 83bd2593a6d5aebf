package org.trustcase.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import org.trustcase.app.bootstrap.AppContextFactory;
import org.trustcase.model.common.Actor;

/**
 * What every command gets by constructor: the output streams, the clock and actor, the workspace
 * chosen with the global {@code --workspace} option (else the per-user default), and how to start
 * the desktop window.
 */
public final class CliSession {
    private final PrintWriter out;
    private final PrintWriter err;
    private final Clock clock;
    private final Actor actor;
    private final Path defaultWorkspace;
    private final Consumer<Path> desktop;
    private Path workspace;
    private boolean debug;
    private Duration wait;

    public CliSession(PrintWriter out, PrintWriter err, Clock clock, Actor actor, Path defaultWorkspace,
            Consumer<Path> desktop) {
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.actor = Objects.requireNonNull(actor, "actor");
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
     * Opens and creates workspaces as this run's actor, on its clock, waiting for a busy workspace as
     * {@code --wait} says (see {@link InWorkspaceCommand}).
     */
    AppContextFactory contexts() {
        AppContextFactory contexts = new AppContextFactory(clock, actor);
        return wait == null ? contexts : contexts.waitingUpTo(wait);
    }

    void startDesktop() {
        desktop.accept(workspace());
    }
}
