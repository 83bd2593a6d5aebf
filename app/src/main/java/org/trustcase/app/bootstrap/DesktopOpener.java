package org.trustcase.app.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.stream.Stream;
import org.trustcase.app.AppContext;
import org.trustcase.app.DesktopStart;
import org.trustcase.app.ui.UiLauncher;
import org.trustcase.app.ui.WorkspaceRequest;
import org.trustcase.model.caseclocks.ClockIndexer;
import org.trustcase.persistence.Workspace;
import org.trustcase.persistence.WorkspaceException;

/** How the window opens workspaces: nobody signed in, on the system clock. */
public final class DesktopOpener implements UiLauncher.Opener {
    private final Clock clock;
    private final Path defaultLocation;

    public DesktopOpener(Clock clock, Path defaultLocation) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.defaultLocation = Objects.requireNonNull(defaultLocation, "defaultLocation");
    }

    @Override
    public AppContext open(WorkspaceRequest request) {
        AppContextFactory factory = AppContextFactory.signingIn(clock);
        return switch (request.kind()) {
            case EXISTING -> factory.open(request.folder());
            case NEW -> factory.create(emptyFolder(request.folder()), false);
            case DEMO -> factory.openForSignIn(request.folder() != null ? request.folder()
                    : DesktopStart.demoLocation(defaultLocation));
        };
    }

    @Override
    public void catchUp(AppContext context, ClockIndexer.Progress progress) {
        AppContextFactory.catchUp(context, progress);
    }

    @Override
    public boolean isWorkspace(Path folder) {
        return Workspace.exists(folder);
    }

    @Override
    public Path defaultLocation() {
        return defaultLocation;
    }

    /** A new workspace's files go into a folder of their own, never among someone's documents. */
    static Path emptyFolder(Path folder) {
        if (Workspace.exists(folder)) {
            throw new WorkspaceException(folder + " already holds a workspace: open it instead");
        }
        if (Files.isDirectory(folder)) {
            try (Stream<Path> entries = Files.list(folder)) {
                if (entries.findAny().isPresent()) {
                    throw new WorkspaceException(folder + " is not empty: choose an empty folder, or make a new one,"
                            + " for a new workspace");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return folder;
    }
}
