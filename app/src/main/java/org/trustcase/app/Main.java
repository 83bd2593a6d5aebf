package org.trustcase.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.trustcase.app.bootstrap.DesktopOpener;
import org.trustcase.app.cli.Cli;
import org.trustcase.app.cli.CliSession;
import org.trustcase.app.cli.Terminal;
import org.trustcase.app.ui.UiLauncher;
import org.trustcase.persistence.Workspace;
import org.trustcase.persistence.sqlite.SqliteNativeLibrary;

/**
 * Entry point of {@code trustcase.jar}. With no subcommand it opens the window (creating a demo
 * workspace the first time); with one it runs headless. Deliberately not a JavaFX
 * {@code Application}: on the class path, JavaFX refuses to start from such a main class.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // previews draw PDF pages and pictures with Java2D into memory; AWT's own windows are never opened
        System.setProperty("java.awt.headless", "true");
        LibraryLogging.configure(LibraryLogging.debugRequested(args));
        SqliteNativeLibrary.useCacheFolder(Workspace.cacheLocation());
        Clock clock = Clock.systemUTC();
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        Path defaultWorkspace = Workspace.defaultLocation();
        CliSession session = new CliSession(out, err, clock, System.getenv(), Terminal.system(), defaultWorkspace,
                start -> UiLauncher.launch(start, new DesktopOpener(clock, defaultWorkspace)));
        int code;
        try {
            // With no subcommand, the window runs inside Cli.run until it is closed.
            code = Cli.run(session, args);
        } catch (LinkageError | RuntimeException e) {
            // a broken installation (missing classes) or a bug that escaped the command's handler
            err.println("trustcase: unexpected error: " + e);
            code = Cli.UNEXPECTED;
        }
        System.exit(code);
    }
}
