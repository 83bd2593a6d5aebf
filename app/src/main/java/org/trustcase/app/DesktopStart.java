package org.trustcase.app;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How the command line starts the window: on the folder {@code --workspace} chose (its workspace, or the demo made
 * there the first time), on the per-user demo workspace ({@code --demo}), or, with neither, on the workspace used
 * last (else the welcome screen).
 */
public record DesktopStart(Optional<Path> chosen, boolean demo) {
    public DesktopStart {
        Objects.requireNonNull(chosen, "chosen");
    }

    /** Neither a folder nor the demo asked for: the last workspace, else the welcome screen. */
    public static DesktopStart asUsual() {
        return new DesktopStart(Optional.empty(), false);
    }

    /**
     * The per-user demo workspace, beside the per-user default one: {@code ~/.local/share/trustcase-demo} on Linux,
     * {@code %APPDATA%\Trustcase-demo} on Windows.
     */
    public static Path demoLocation(Path defaultLocation) {
        return defaultLocation.resolveSibling(defaultLocation.getFileName() + "-demo");
    }
}
