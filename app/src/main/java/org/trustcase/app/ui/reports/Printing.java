package org.trustcase.app.ui.reports;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** How the window prints a document and asks where to save a file: the system's, or a test's stand-in. */
public interface Printing {
    /** Whether the computer has a printer to print on. */
    boolean hasPrinter();

    /**
     * Prints the PDF's pages after the system's print dialog (the pages are spooled in the background); false when the
     * user cancelled the dialog.
     *
     * @param pdf the document, whole
     */
    boolean print(Window owner, byte[] pdf);

    /** The file the user chose to save a document to (of the suggested name's kind), or empty when they cancelled. */
    Optional<Path> saveAs(Window owner, String suggestedName);
}
