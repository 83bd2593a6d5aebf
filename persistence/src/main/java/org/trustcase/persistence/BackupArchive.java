package org.trustcase.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.trustcase.model.evidence.EvidenceVault;
import org.trustcase.persistence.database.DatabaseException;
import org.trustcase.persistence.evidence.FileEvidenceVault;
import org.trustcase.persistence.evidence.SafeZip;
import org.trustcase.persistence.sqlite.SqliteBackup;
import org.trustcase.persistence.sqlite.SqliteDatabase;

/**
 * A backup of a workspace that has evidence: a ZIP holding the database ({@value #DATABASE_ENTRY}, the consistent copy
 * SQLite makes) and every evidence file as {@code evidence/sha256/<2>/<hash>}. Restoring takes only those entries (any
 * other name, a path leaving the folder, a link, a ZIP bomb, is refused by {@link SafeZip}), and checks each evidence
 * file against its hash while copying it.
 */
final class BackupArchive {
    static final String DATABASE_ENTRY = "trustcase.db";
    private static final Pattern EVIDENCE_ENTRY = Pattern.compile("evidence/sha256/([0-9a-f]{2})/(\\1[0-9a-f]{62})");
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private BackupArchive() {
    }

    static boolean isArchive(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return java.util.Arrays.equals(in.readNBytes(4), ZIP_MAGIC);
        } catch (IOException e) {
            return false;
        }
    }

    /** Writes the archive into {@code partial}; returns the schema version of the database copied. */
    static String write(SqliteDatabase sqlite, FileEvidenceVault vault, Set<String> evidence, Path partial) {
        Path database = partial.resolveSibling(partial.getFileName() + ".db");
        try {
            String version;
            try {
                SqliteBackup.copy(sqlite, database);
                version = SqliteBackup.verify(database, "the copy " + database);
            } catch (DatabaseException e) {
                throw new WorkspaceException(e.getMessage(), e);
            }
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
                // evidence is often compressed already (images, PDFs, archives): little to gain, much time to lose
                zip.setLevel(Deflater.BEST_SPEED);
                add(zip, DATABASE_ENTRY, database);
                for (String sha256 : new TreeSet<>(evidence)) {
                    add(zip, "evidence/sha256/" + sha256.substring(0, 2) + "/" + sha256, vault.file(sha256));
                }
            }
            return version;
        } catch (IOException e) {
            throw new WorkspaceException("cannot write the backup: " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(database);
            } catch (IOException ignored) {
                // a temporary copy beside the backup; the next backup names its own
            }
        }
    }

    /**
     * Takes the database into {@code database} and each evidence file into {@code vault}, checking its hash.
     *
     * @throws WorkspaceException naming the entry that is not one of a backup's, or the file that fails its hash
     */
    static void restore(Path backup, Path database, FileEvidenceVault vault) throws IOException {
        // a backup may come from anywhere: links, paths leaving the folder, bombs are refused before anything is read
        try (SafeZip zip = SafeZip.open(backup, "backup",
                name -> name.equals(DATABASE_ENTRY) || EVIDENCE_ENTRY.matcher(name).matches())) {
            if (!zip.has(DATABASE_ENTRY)) {
                throw new WorkspaceException(backup + " is not a Trustcase backup: it holds no database");
            }
            for (String name : zip.names()) {
                if (name.equals(DATABASE_ENTRY)) {
                    try (InputStream in = zip.open(name, Long.MAX_VALUE, "backup")) {
                        Files.copy(in, database);
                    }
                    continue;
                }
                Matcher evidence = EVIDENCE_ENTRY.matcher(name);
                if (!evidence.matches()) {
                    throw new IllegalStateException("checked by the archive's filter: " + name);
                }
                EvidenceVault.Stored stored;
                try (InputStream in = zip.open(name, Long.MAX_VALUE, "backup")) {
                    stored = vault.store(in, "", copied -> true);
                }
                if (!stored.sha256().equals(evidence.group(2))) {
                    throw new WorkspaceException("the backup " + backup + " is damaged: the evidence file "
                            + evidence.group(2) + " does not have that SHA-256 (its content hashes to "
                            + stored.sha256() + ")");
                }
            }
        }
    }

    /** Removes a vault a failed restore began (the folder was empty before). */
    static void deleteVault(Path dir, RuntimeException failure) {
        Path vault = dir.resolve(FileEvidenceVault.FOLDER);
        if (!Files.exists(vault)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(vault)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                path.toFile().setWritable(true);
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    private static void add(ZipOutputStream zip, String name, Path file) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        try (InputStream in = Files.newInputStream(file)) {
            in.transferTo(zip);
        }
        zip.closeEntry();
    }

}
