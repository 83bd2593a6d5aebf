package org.trustcase.persistence.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

/**
 * Where the SQLite driver finds its native library. Left to itself, sqlite-jdbc copies the library
 * out of its jar into the temporary folder on every start under a new random name, and a run that
 * is killed leaves its 1 MB copy behind. Instead the library is copied once into a per-user cache
 * folder, under a name made of the driver's version and the platform, checked against the jar's
 * copy on each start, and the driver is told to load it from there ({@code org.sqlite.lib.path},
 * {@code org.sqlite.lib.name}). Should that fail, the driver's own copy goes to the cache folder
 * too ({@code org.sqlite.tmpdir}), where it also removes the copies of earlier runs.
 */
public final class SqliteNativeLibrary {
    private SqliteNativeLibrary() {
    }

    /**
     * Prepares the library in {@code cacheFolder}; call before the first connection. Returns the
     * library file, or null when it could not be prepared (the driver then extracts it itself).
     */
    public static Path useCacheFolder(Path cacheFolder) {
        Path base = cacheFolder.toAbsolutePath().resolve("sqlite");
        try {
            Files.createDirectories(base);
        } catch (IOException e) {
            return null;
        }
        // the driver's own copies would start with "sqlite-<version>"; the folders here do not, so its clean-up leaves them
        System.setProperty("org.sqlite.tmpdir", base.toString());
        String name = System.mapLibraryName("sqlitejdbc");
        String platform = OSInfo.getNativeLibFolderPathForCurrentOS();
        byte[] library;
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream("/org/sqlite/native/" + platform + "/" + name)) {
            if (in == null) {
                return null;
            }
            library = in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
        Path folder = base.resolve(SQLiteJDBCLoader.getVersion() + "-" + platform.replaceAll("[^A-Za-z0-9_.-]", "-"));
        Path file = folder.resolve(name);
        try {
            Files.createDirectories(folder);
            if (!sameContent(file, library)) {
                // written beside and moved into place, so that a run started meanwhile never loads half a library
                Path partial = Files.createTempFile(folder, name, ".partial");
                try {
                    Files.write(partial, library);
                    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(partial);
                }
            }
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
        System.setProperty("org.sqlite.lib.path", folder.toAbsolutePath().toString());
        System.setProperty("org.sqlite.lib.name", name);
        return file;
    }

    private static boolean sameContent(Path file, byte[] expected) throws IOException {
        return Files.isRegularFile(file) && Files.size(file) == expected.length
                && Arrays.equals(Files.readAllBytes(file), expected);
    }
}
