package org.trustcase.persistence.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
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
 *
 * <p>Finding the platform's library in the jar and reading it cost about 70 ms of every start, so the outcome is
 * remembered in {@value #REMEMBERED}: the driver's jar (path, size, time), the library file and its CRC-32. While
 * the jar is the same and the library file still has that CRC, the next start uses the file without looking
 * into the jar.
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
        String driver = driverJar();
        Path known = remembered(base, driver);
        if (known != null) {
            return use(known);
        }
        Path file = copied(base);
        if (file != null && driver != null) {
            remember(base, driver, file);
        }
        return file == null ? null : use(file);
    }

    private static Path use(Path file) {
        System.setProperty("org.sqlite.lib.path", file.getParent().toString());
        System.setProperty("org.sqlite.lib.name", file.getFileName().toString());
        return file;
    }

    /** The platform's library copied into its folder under {@code base}, or null when that failed. */
    private static Path copied(Path base) {
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
        return file;
    }

    static final String REMEMBERED = "library.txt";

    /** The driver's jar as "path size modified-millis", or null when the driver is not loaded from a jar file. */
    private static String driverJar() {
        try {
            Path jar = Path.of(SQLiteJDBCLoader.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            BasicFileAttributes attributes = Files.readAttributes(jar, BasicFileAttributes.class);
            return attributes.isRegularFile()
                    ? jar.toAbsolutePath() + " " + attributes.size() + " " + attributes.lastModifiedTime().toMillis()
                    : null;
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    private static Path remembered(Path base, String driver) {
        if (driver == null) {
            return null;
        }
        try {
            List<String> lines = Files.readAllLines(base.resolve(REMEMBERED), StandardCharsets.UTF_8);
            if (lines.size() != 3 || !lines.get(0).equals(driver)) {
                return null;
            }
            Path file = Path.of(lines.get(1));
            return file.startsWith(base) && Files.isRegularFile(file) && lines.get(2).equals(crc(file)) ? file : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static void remember(Path base, String driver, Path file) {
        try {
            Path partial = Files.createTempFile(base, REMEMBERED, ".partial");
            try {
                Files.write(partial, List.of(driver, file.toString(), crc(file)), StandardCharsets.UTF_8);
                Files.move(partial, base.resolve(REMEMBERED), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException | UnsupportedOperationException e) {
            // not remembered: the next start looks into the jar again
        }
    }

    private static String crc(Path file) throws IOException {
        CRC32 crc = new CRC32();
        crc.update(Files.readAllBytes(file));
        return Long.toHexString(crc.getValue());
    }

    private static boolean sameContent(Path file, byte[] expected) throws IOException {
        return Files.isRegularFile(file) && Files.size(file) == expected.length
                && Arrays.equals(Files.readAllBytes(file), expected);
    }
}
