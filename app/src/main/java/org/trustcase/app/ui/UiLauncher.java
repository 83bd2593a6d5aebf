package org.trustcase.app.ui;

import java.nio.file.Path;
import java.util.Objects;
import javafx.application.Application;
import org.trustcase.app.AppContext;
import org.trustcase.app.DesktopStart;
import org.trustcase.model.caseclocks.ClockIndexer;

/**
 * Starts the desktop application on the workspace {@link WorkspaceRequest#first} names, or on the welcome screen.
 * That workspace is opened on a thread of its own while JavaFX starts: on two cores the two take about as long as
 * each other, and the sign-in screen comes up when both are done. Returns when the application has ended; if a
 * workspace chosen on the command line could not be opened, ends the process with exit code 1 once the user has
 * read why.
 */
public final class UiLauncher {
    /** Opens workspaces off the JavaFX thread, and catches one up once someone has signed in. */
    public interface Opener {
        /** Opens (or creates) the workspace asked for, nobody signed in yet. */
        AppContext open(WorkspaceRequest request) throws Exception;

        /** Once someone is signed in: a long step (re-indexing the deadlines) reports to {@code progress}. */
        void catchUp(AppContext context, ClockIndexer.Progress progress) throws Exception;

        /** True when {@code folder} holds a workspace. */
        boolean isWorkspace(Path folder);

        /** The per-user default workspace's folder. */
        Path defaultLocation();
    }

    private UiLauncher() {
    }

    public static void launch(DesktopStart start, Opener opener) {
        Objects.requireNonNull(opener, "opener");
        TrustcaseApplication.prepare(new TrustcaseApplication.Launch(opener,
                TrustcaseApplication.findAndOpen(start, opener), start.chosen().isPresent()));
        Application.launch(TrustcaseApplication.class);
        int exitCode = TrustcaseApplication.exitCode();
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }
}
