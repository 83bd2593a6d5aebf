package org.trustcase.persistence.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.tika.Tika;
import org.trustcase.model.evidence.EvidenceImportCancelled;
import org.trustcase.model.evidence.EvidenceVault;
import org.trustcase.model.common.Sha256;

/**
 * The evidence files of a workspace, in {@code evidence/} beside the database: each once, at
 * {@code sha256/<first two hex digits>/<the hash>}, read-only, never under the name it came with. A file is stored by
 * one pass over its content (hashed while copied into {@code tmp/}, see {@link HashingCopy}), forced to the disk, then
 * moved into place atomically: a crash leaves at most a temporary file, never a half-written file under a hash. The type is told from
 * the content by Apache Tika's magic bytes (the name only tells text formats apart).
 */
public final class FileEvidenceVault implements EvidenceVault {
    public static final String FOLDER = "evidence";
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final int HEAD = 64 * 1024;

    private final Path root;

    /** Tika's detector takes about 150 ms to set up, so it waits for the first file whose type is asked. */
    private static final class Detector {
        static final Tika TIKA = new Tika();
    }

    public FileEvidenceVault(Path workspaceDirectory) {
        this.root = Objects.requireNonNull(workspaceDirectory, "workspaceDirectory").resolve(FOLDER);
    }

    @Override
    public Stored store(InputStream content, String name, Copied copied) {
        try {
            Path tmp = Files.createDirectories(root.resolve("tmp"));
            Path part = Files.createTempFile(tmp, "import-", ".part");
            try {
                MessageDigest sha = Sha256.digest();
                HashingCopy.Copied read;
                // the lock tells a reconciliation in another process that this import is still being written
                try (FileChannel channel = FileChannel.open(part, StandardOpenOption.WRITE, StandardOpenOption.CREATE);
                        java.nio.channels.FileLock writing = channel.lock()) {
                    read = HashingCopy.copy(content, channel, sha, HEAD, copied);
                }
                String hash = Sha256.hex(sha);
                Path target = file(hash);
                if (!Files.exists(target)) {
                    Files.createDirectories(target.getParent());
                    part.toFile().setReadOnly();
                    try {
                        Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
                    } catch (FileAlreadyExistsException stored) {
                        // the same content stored at the same time by another import: one copy is enough
                    } catch (AtomicMoveNotSupportedException e) {
                        throw new UncheckedIOException("the vault's folder cannot move files atomically", e);
                    }
                    force(target.getParent());
                }
                String type = Detector.TIKA.detect(read.head(), name);
                return new Stored(hash, read.size(), type);
            } finally {
                part.toFile().setWritable(true);
                Files.deleteIfExists(part);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<String> typeOfName(String name) {
        String type = Detector.TIKA.detect(name);
        return "application/octet-stream".equals(type) ? Optional.empty() : Optional.of(type);
    }

    @Override
    public Optional<String> hashNow(String sha256) {
        Path file = file(sha256);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        MessageDigest sha = Sha256.digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.of(Sha256.hex(sha));
    }

    @Override
    public InputStream open(String sha256) {
        try {
            return Files.newInputStream(file(sha256));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean holds(String sha256) {
        return Files.isRegularFile(file(sha256));
    }

    @Override
    public boolean remove(String sha256) {
        Path file = file(sha256);
        try {
            file.toFile().setWritable(true);
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Set<String> stored() {
        Path hashes = root.resolve("sha256");
        if (!Files.isDirectory(hashes)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.walk(hashes, 2)) {
            return files.filter(Files::isRegularFile).map(path -> path.getFileName().toString())
                    .filter(name -> SHA256.matcher(name).matches()).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public int removeLeftovers() {
        Path tmp = root.resolve("tmp");
        if (!Files.isDirectory(tmp)) {
            return 0;
        }
        int removed = 0;
        try (Stream<Path> parts = Files.list(tmp)) {
            for (Path part : (Iterable<Path>) parts::iterator) {
                if (!part.getFileName().toString().endsWith(".part") || beingWritten(part)) {
                    continue;
                }
                part.toFile().setWritable(true);
                if (Files.deleteIfExists(part)) {
                    removed++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return removed;
    }

    /** True when an import (in this process or another) still holds the file's lock. */
    private static boolean beingWritten(Path part) {
        try (FileChannel channel = FileChannel.open(part, StandardOpenOption.WRITE)) {
            java.nio.channels.FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (java.nio.channels.OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            // cannot be opened for writing (read-only, just moved): not a leftover to remove now
            return true;
        }
    }

    /** Where the file of {@code sha256} is kept. */
    public Path file(String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return root.resolve("sha256").resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    private static void force(Path path) throws IOException {
        if (Files.isDirectory(path) && System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT)
                .startsWith("windows")) {
            return; // a folder cannot be opened for forcing on Windows; its entries are forced with the file
        }
        try (FileChannel channel = FileChannel.open(path, Files.isDirectory(path) ? StandardOpenOption.READ
                : StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

}
