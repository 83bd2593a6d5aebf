package org.trustcase.persistence.evidence;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.archivers.zip.ZipMethod;
import org.trustcase.model.common.ValidationException;

/**
 * A ZIP that came from outside (an evidence bundle, a backup), opened so that it cannot hurt: every entry is checked
 * from the central directory before anything is read or written. Refused: a name that leaves the folder (zip-slip:
 * {@code ..}, an absolute path, a drive, a backslash), a link, a name given twice, a method other than stored or
 * deflated, more than {@value #MAX_ENTRIES} entries, a name {@code allowed} does not accept, and an entry that
 * claims an absurd compression ratio (above {@value #MAX_RATIO}:1 once it is over a megabyte). Reading an entry
 * stops with a refusal when it gives more bytes than its directory record says it holds.
 */
public final class SafeZip implements AutoCloseable {
    public static final int MAX_ENTRIES = 50_000;
    public static final long MAX_RATIO = 1_000;
    private static final long RATIO_FLOOR = 1 << 20;

    private final ZipFile zip;
    private final String name;
    private final Map<String, ZipArchiveEntry> entries;

    private SafeZip(ZipFile zip, String name, Map<String, ZipArchiveEntry> entries) {
        this.zip = zip;
        this.name = name;
        this.entries = entries;
    }

    /**
     * Opens and checks {@code file}; {@code allowed} says which entry names the format has (directories included).
     *
     * @throws ValidationException (field {@code field}) saying what is wrong and in which entry
     */
    public static SafeZip open(Path file, String field, Predicate<String> allowed) {
        String name = file.getFileName().toString();
        ZipFile zip;
        try {
            zip = ZipFile.builder().setPath(file).get();
        } catch (IOException e) {
            throw new ValidationException(field, "zip.unreadable", name, String.valueOf(e.getMessage()));
        }
        try {
            return new SafeZip(zip, name, check(zip, name, field, allowed));
        } catch (RuntimeException e) {
            closeQuietly(zip);
            throw e;
        }
    }

    private static Map<String, ZipArchiveEntry> check(ZipFile zip, String name, String field,
            Predicate<String> allowed) {
        Map<String, ZipArchiveEntry> entries = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
            String entryName = entry.getName();
            if (entries.size() >= MAX_ENTRIES) {
                throw new ValidationException(field, "zip.too-many-entries", name, MAX_ENTRIES);
            }
            if (leavesFolder(entryName)) {
                throw new ValidationException(field, "zip.unsafe-path", name, entryName);
            }
            if (entry.isUnixSymlink()) {
                throw new ValidationException(field, "zip.link", name, entryName);
            }
            if (!seen.add(entryName)) {
                throw new ValidationException(field, "zip.duplicate-entry", name, entryName);
            }
            if (!allowed.test(entryName)) {
                throw new ValidationException(field, "zip.unexpected-entry", name, entryName);
            }
            if (entry.isDirectory()) {
                continue;
            }
            int method = entry.getMethod();
            if (method != ZipMethod.STORED.getCode() && method != ZipMethod.DEFLATED.getCode()) {
                throw new ValidationException(field, "zip.method", name, entryName);
            }
            long size = entry.getSize();
            long compressed = entry.getCompressedSize();
            if (size < 0 || compressed < 0) {
                throw new ValidationException(field, "zip.unreadable", name, entryName + ": no size recorded");
            }
            if (size > RATIO_FLOOR && size / Math.max(compressed, 1) > MAX_RATIO) {
                throw new ValidationException(field, "zip.bomb", name, entryName, size, compressed, MAX_RATIO);
            }
            entries.put(entryName, entry);
        }
        return entries;
    }

    /** Whether a name would land outside the folder it is taken into. */
    static boolean leavesFolder(String entryName) {
        if (entryName.isEmpty() || entryName.startsWith("/") || entryName.contains("\\") || entryName.contains(":")
                || entryName.indexOf('\0') >= 0) {
            return true;
        }
        for (String part : entryName.split("/")) {
            if (part.equals("..")) {
                return true;
            }
        }
        return false;
    }

    /** The file names (not directories) in the archive, in its order. */
    public List<String> names() {
        return new ArrayList<>(entries.keySet());
    }

    public boolean has(String entryName) {
        return entries.containsKey(entryName);
    }

    /** The size the archive's directory gives the entry. */
    public long size(String entryName) {
        return entry(entryName).getSize();
    }

    /**
     * Opens an entry to read no more than {@code limit} bytes (and never more than its directory record says).
     *
     * @throws ValidationException when it gives more
     */
    public InputStream open(String entryName, long limit, String field) {
        ZipArchiveEntry entry = entry(entryName);
        long most = Math.min(limit, entry.getSize());
        try {
            return new Bounded(zip.getInputStream(entry), most, () -> new ValidationException(field,
                    "zip.expands", name, entryName, most));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ZipArchiveEntry entry(String entryName) {
        ZipArchiveEntry entry = entries.get(entryName);
        if (entry == null) {
            throw new IllegalArgumentException("no entry " + entryName);
        }
        return entry;
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException ignored) {
            // read only: nothing is lost
        }
    }

    /** Gives at most {@code most} bytes and refuses (rather than cuts) a stream that has more. */
    private static final class Bounded extends FilterInputStream {
        private final java.util.function.Supplier<ValidationException> refusal;
        private long left;

        Bounded(InputStream in, long most, java.util.function.Supplier<ValidationException> refusal) {
            super(in);
            this.left = most;
            this.refusal = refusal;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (left == 0) {
                if (super.read() >= 0) {
                    throw refusal.get();
                }
                return -1;
            }
            int n = super.read(buffer, offset, (int) Math.min(length, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            return super.skip(Math.min(n, left));
        }
    }
}
