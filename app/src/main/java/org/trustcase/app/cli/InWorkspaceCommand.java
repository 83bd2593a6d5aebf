package org.trustcase.app.cli;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import org.trustcase.app.AppContext;
import org.trustcase.app.bootstrap.AppContextFactory;

/**
 * Base of every command that works in a workspace: the folder chosen with the global
 * {@code --workspace} option (else the per-user default), opened for the work and closed after it,
 * also when the work fails. The per-user default workspace is created, empty, the first time a
 * command needs it, as the window creates it on its first start; a folder chosen with
 * {@code --workspace} must hold a workspace already, so that a mistyped path is reported. A command checks its input before and prints after as it likes; only the
 * part between runs with the workspace open.
 */
abstract class InWorkspaceCommand implements Callable<Integer> {
    /** How the workspace is opened: an existing one, or one the command creates. */
    @FunctionalInterface
    interface Opening {
        AppContext open(AppContextFactory contexts, Path folder);
    }

    protected final CliSession session;

    protected InWorkspaceCommand(CliSession session) {
        this.session = Objects.requireNonNull(session, "session");
    }

    /** Runs {@code work} in the existing workspace. */
    protected final void inWorkspace(Consumer<AppContext> work) {
        inWorkspace(this::openExisting, work);
    }

    /** Runs {@code work} in the existing workspace and returns what it read, to print once the workspace is closed. */
    protected final <T> T fromWorkspace(Function<AppContext, T> work) {
        return fromWorkspace(this::openExisting, work);
    }

    private AppContext openExisting(AppContextFactory contexts, Path folder) {
        if (session.workspaceChosen() || contexts.exists(folder)) {
            return contexts.open(folder);
        }
        AppContext created = contexts.create(folder, false);
        session.err().println("trustcase: created a new workspace in " + folder
                + " (the per-user default; choose another with --workspace)");
        return created;
    }

    protected final void inWorkspace(Opening opening, Consumer<AppContext> work) {
        fromWorkspace(opening, context -> {
            work.accept(context);
            return null;
        });
    }

    protected final <T> T fromWorkspace(Opening opening, Function<AppContext, T> work) {
        try (AppContext context = opening.open(session.contexts(), session.workspace())) {
            return work.apply(context);
        }
    }
}
