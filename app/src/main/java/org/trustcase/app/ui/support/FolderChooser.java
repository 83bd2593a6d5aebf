package org.trustcase.app.ui.support;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/** The system's folder dialog, titled; empty when the person cancels it. */
public final class FolderChooser {
    private FolderChooser() {
    }

    public static Optional<Path> choose(Window owner, String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }
}
