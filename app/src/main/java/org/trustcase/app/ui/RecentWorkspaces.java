package org.trustcase.app.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.trustcase.app.ui.theme.UiPreferences;

/** The workspaces signed in to lately, newest first, kept in the user's preferences for the File menu. */
public final class RecentWorkspaces {
    static final String KEY = "recent.workspaces";
    /** As many as a File menu shows without scrolling. */
    static final int KEPT = 8;

    private final UiPreferences preferences;

    public RecentWorkspaces(UiPreferences preferences) {
        this.preferences = Objects.requireNonNull(preferences, "preferences");
    }

    /** Newest first; a folder since moved away is still listed (opening it says so). */
    public List<Path> list() {
        List<Path> paths = new ArrayList<>();
        for (String line : preferences.get(KEY, "").split("\n")) {
            if (!line.isBlank()) {
                try {
                    paths.add(Path.of(line));
                } catch (java.nio.file.InvalidPathException e) {
                    // a value written by hand or on another system: left out
                }
            }
        }
        return List.copyOf(paths);
    }

    /** Puts {@code folder} first. */
    public void remember(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        List<Path> paths = new ArrayList<>(list());
        paths.remove(absolute);
        paths.add(0, absolute);
        save(paths);
    }

    /** Takes {@code folder} off the list (it could not be opened). */
    public void forget(Path folder) {
        List<Path> paths = new ArrayList<>(list());
        paths.remove(folder.toAbsolutePath().normalize());
        save(paths);
    }

    private void save(List<Path> paths) {
        preferences.put(KEY, paths.stream().limit(KEPT).map(Path::toString).collect(Collectors.joining("\n")));
    }
}
