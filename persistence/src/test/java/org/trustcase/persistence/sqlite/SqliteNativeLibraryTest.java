package org.trustcase.persistence.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

class SqliteNativeLibraryTest {
    private static final List<String> PROPERTIES = List.of("org.sqlite.tmpdir", "org.sqlite.lib.path",
            "org.sqlite.lib.name");

    @TempDir
    Path cache;

    private final Map<String, String> before = new HashMap<>();

    @BeforeEach
    void loadTheDriversLibraryFirst() throws Exception {
        // the library of this JVM is loaded before the properties change, so no other test loads it from here
        SQLiteJDBCLoader.initialize();
        PROPERTIES.forEach(name -> before.put(name, System.getProperty(name)));
    }

    @AfterEach
    void restoreProperties() {
        before.forEach((name, value) -> {
            if (value == null) {
                System.clearProperty(name);
            } else {
                System.setProperty(name, value);
            }
        });
    }

    @Test
    void theLibraryIsCopiedOnceAndTheDriverIsToldWhereItIs() throws IOException {
        Path file = SqliteNativeLibrary.useCacheFolder(cache);

        assertThat(file).isNotNull().startsWith(cache.resolve("sqlite"));
        assertThat(Files.readAllBytes(file)).isEqualTo(jarCopy());
        assertThat(System.getProperty("org.sqlite.lib.path")).isEqualTo(file.getParent().toString());
        assertThat(System.getProperty("org.sqlite.lib.name")).isEqualTo(file.getFileName().toString());
        assertThat(cache.resolve("sqlite").resolve(SqliteNativeLibrary.REMEMBERED)).exists();
    }

    @Test
    void aLaterStartUsesTheRememberedFileWhileItsContentIsUnchanged() throws IOException {
        Path first = SqliteNativeLibrary.useCacheFolder(cache);
        long written = Files.getLastModifiedTime(first).toMillis();
        System.clearProperty("org.sqlite.lib.path");

        Path second = SqliteNativeLibrary.useCacheFolder(cache);

        assertThat(second).isEqualTo(first);
        assertThat(Files.getLastModifiedTime(second).toMillis()).isEqualTo(written);
        assertThat(System.getProperty("org.sqlite.lib.path")).isEqualTo(first.getParent().toString());
    }

    @Test
    void aLibraryFileChangedSinceIsCopiedAgainFromTheJar() throws IOException {
        Path file = SqliteNativeLibrary.useCacheFolder(cache);
        file.toFile().setWritable(true);
        Files.write(file, new byte[] {1, 2, 3});

        Path again = SqliteNativeLibrary.useCacheFolder(cache);

        assertThat(again).isEqualTo(file);
        assertThat(Files.readAllBytes(again)).isEqualTo(jarCopy());
    }

    @Test
    void aRememberedFileOutsideTheCacheFolderIsNotUsed() throws IOException {
        Path file = SqliteNativeLibrary.useCacheFolder(cache);
        Path remembered = cache.resolve("sqlite").resolve(SqliteNativeLibrary.REMEMBERED);
        List<String> lines = Files.readAllLines(remembered);
        Path elsewhere = Files.copy(file, cache.resolve(file.getFileName()));
        Files.write(remembered, List.of(lines.get(0), elsewhere.toString(), lines.get(2)));

        assertThat(SqliteNativeLibrary.useCacheFolder(cache)).isEqualTo(file);
    }

    private static byte[] jarCopy() throws IOException {
        String resource = "/org/sqlite/native/" + OSInfo.getNativeLibFolderPathForCurrentOS() + "/"
                + System.mapLibraryName("sqlitejdbc");
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            return in.readAllBytes();
        }
    }
}
