package org.trustcase.app.ui.evidence;

import java.nio.file.Path;

/**
 * Opens a file in the program the operating system chooses for it: for evidence of a type with no preview here, a
 * copy, after a warning. The window's application provides it; without one, nothing is opened.
 */
@FunctionalInterface
public interface SystemViewer {
    /** No program to open files with (a window without an application): the window offers no opening then. */
    SystemViewer NONE = file -> { };

    void open(Path file);
}
