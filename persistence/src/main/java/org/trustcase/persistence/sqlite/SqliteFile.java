package org.trustcase.persistence.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.trustcase.persistence.database.DatabaseException;

/**
 * Checks that a file is an SQLite database before any connection touches it: SQLite would
 * happily turn an empty file into a new database, and a stray file named {@code trustcase.db}
 * must be reported, not overwritten. Only reads.
 */
final class SqliteFile {
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private SqliteFile() {
    }

    /** True when {@code file} starts with SQLite's header; false for anything else, also for an unreadable file. */
    static boolean hasSqliteHeader(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(SQLITE_HEADER.length), SQLITE_HEADER);
        } catch (IOException e) {
            return false;
        }
    }

    static void requireSqlite(Path file) {
        byte[] start;
        try (InputStream in = Files.newInputStream(file)) {
            start = in.readNBytes(SQLITE_HEADER.length);
        } catch (IOException e) {
            throw new DatabaseException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (start.length == 0) {
            throw new DatabaseException(file + " is empty, not a Trustcase database; it was left untouched");
        }
        if (!Arrays.equals(start, SQLITE_HEADER)) {
            throw new DatabaseException(file + " is not an SQLite database, so not a Trustcase workspace;"
                    + " it was left untouched");
        }
    }
}
