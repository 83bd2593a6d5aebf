package org.trustcase.app.ui;

import java.util.Objects;
import java.util.concurrent.Callable;
import javafx.application.Application;
import org.trustcase.app.AppContext;

/**
 * Starts the desktop application: shows that the workspace is being opened, opens it off the
 * JavaFX thread, then shows the main window. Returns when the application has ended; if the
 * workspace could not be opened, ends the process with exit code 1 once the user has read why.
 */
public final class UiLauncher {
    private UiLauncher() {
    }

    public static void launch(Callable<AppContext> opener) {
        TrustcaseApplication.prepare(Objects.requireNonNull(opener, "opener"));
        Application.launch(TrustcaseApplication.class);
        int exitCode = TrustcaseApplication.exitCode();
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }
}
