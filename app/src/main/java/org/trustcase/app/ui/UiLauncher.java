package org.trustcase.app.ui;

import java.util.Objects;
import javafx.application.Application;
import org.trustcase.app.AppContext;
import org.trustcase.model.caseclocks.ClockIndexer;

/**
 * Starts the desktop application: shows that the workspace is being opened, opens it off the
 * JavaFX thread, then shows the main window. Returns when the application has ended; if the
 * workspace could not be opened, ends the process with exit code 1 once the user has read why.
 */
public final class UiLauncher {
    /** Opens the workspace off the JavaFX thread, and catches it up once someone has signed in. */
    public interface Opener {
        /** Opens the workspace (creating the demo one the first time), nobody signed in yet. */
        AppContext open() throws Exception;

        /** Once someone is signed in: a long step (re-indexing the deadlines) reports to {@code progress}. */
        void catchUp(AppContext context, ClockIndexer.Progress progress) throws Exception;
    }

    private UiLauncher() {
    }

    /** @param opener opens the workspace, then catches it up after the sign-in */
    public static void launch(Opener opener) {
        TrustcaseApplication.prepare(Objects.requireNonNull(opener, "opener"));
        Application.launch(TrustcaseApplication.class);
        int exitCode = TrustcaseApplication.exitCode();
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }
}
