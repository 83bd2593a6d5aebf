package org.trustcase.app;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file written whole or not at all: into a temporary file beside the target, moved into place once the writer is
 * done, deleted if it fails. A reader never sees half a report, and a failed export leaves the old file as it was.
 */
public final class WholeFile {
    /** What writes the file's content; its result is handed back (a count of rows, say). */
    @FunctionalInterface
    public interface Writer<T> {
        T write(OutputStream out) throws IOException;
    }

    private WholeFile() {
    }

    /**
     * Writes {@code target} through {@code writer}.
     *
     * @param prefix how the temporary file's name begins ({@code ".register-"}), to tell it apart if it is left by a
     *               crash
     */
    public static <T> T write(Path target, String prefix, Writer<T> writer) throws IOException {
        Path file = target.toAbsolutePath();
        Path parent = file.getParent() == null ? Path.of(".").toAbsolutePath() : file.getParent();
        Path temp = Files.createTempFile(parent, prefix, ".part");
        try {
            T result;
            try (OutputStream out = Files.newOutputStream(temp)) {
                result = writer.write(out);
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return result;
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
