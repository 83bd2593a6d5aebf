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
 * {@code --workspace} must hold a workspace already, so that a mistyped path is reported. The person running the
 * command signs in right after the workspace is opened (see {@link Credentials}). A command checks its input before
 * and prints after as it likes; only the part between runs with the workspace open.
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
        AppContextFactory.FirstDpo first = null;
        if (session.credentials().available()) {
            String login = session.credentials().login();
            first = new AppContextFactory.FirstDpo(login, "", session.credentials().password(login));
        }
        AppContext created = contexts.create(folder, false, first);
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
            if (!signsInItself()) {
                session.credentials().signIn(context);
            }
            return work.apply(context);
        }
    }

    /**
     * True for a command that signs in (or not) on its own terms (adding the first account of a workspace that has
     * none); every other command is run by the person {@link Credentials} names, once their password is checked.
     */
    protected boolean signsInItself() {
        return false;
    }
}
