package org.trustcase.persistence;

import org.trustcase.persistence.evidence.FileEvidenceVault;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.function.Function;
import org.trustcase.persistence.database.DatabaseException;
import org.trustcase.persistence.sqlite.SqliteBackup;
import org.trustcase.persistence.sqlite.SqliteDatabase;

/**
 * Backups and restores of a workspace, each written under a temporary name and moved into place
 * only once whole and checked, so that a failure never leaves half a file or half a workspace.
 */
final class WorkspaceBackup {
    /** The database's entry in a backup archive. */
    static final String DATABASE_ENTRY = BackupArchive.DATABASE_ENTRY;

    /** The name a restored database has until it passed its checks. */
    static final String RESTORING = Workspace.DATABASE_FILE + ".restoring";

    private WorkspaceBackup() {
    }

    /**
     * Writes the backup: the database alone while the vault is empty (an SQLite file), else a ZIP of the database
     * ({@value #DATABASE_ENTRY}) and every evidence file under its hash.
     */
    static String backup(SqliteDatabase sqlite, FileEvidenceVault vault, Path out) {
        Path target = out.toAbsolutePath().normalize();
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new WorkspaceException("the file " + out + " already exists; a backup never overwrites a file,"
                    + " choose a new name");
        }
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new WorkspaceException("cannot write the backup " + out + ": the folder " + folder
                    + " does not exist");
        }
        Path partial;
        try {
            partial = Files.createTempFile(folder, "." + target.getFileName() + ".", ".partial");
        } catch (IOException e) {
            throw new WorkspaceException("cannot write the backup " + out + ": " + e.getMessage(), e);
        }
        try {
            java.util.Set<String> evidence = vault.stored();
            String version;
            if (evidence.isEmpty()) {
                version = asWorkspaceFailure(() -> {
                    SqliteBackup.copy(sqlite, partial);
                    return SqliteBackup.verify(partial, "the copy " + partial);
                });
            } else {
                version = BackupArchive.write(sqlite, vault, evidence, partial);
            }
            try {
                // without REPLACE_EXISTING: a file made under that name meanwhile is not overwritten
                Files.move(partial, target);
            } catch (FileAlreadyExistsException e) {
                throw new WorkspaceException("the file " + out + " already exists; a backup never overwrites a"
                        + " file, choose a new name", e);
            } catch (IOException e) {
                throw new WorkspaceException("cannot write the backup " + out + ": " + e.getMessage(), e);
            }
            return version;
        } catch (RuntimeException e) {
            SqliteDatabase.deleteFiles(partial, e);
            throw e;
        }
    }

    static Workspace restore(Path backup, Path dir, Function<WorkspaceLock, Workspace> open) {
        if (!Files.isRegularFile(backup)) {
            throw new WorkspaceException("cannot restore: there is no file " + backup);
        }
        boolean archive = BackupArchive.isArchive(backup);
        if (!archive && !SqliteBackup.isSqliteFile(backup)) {
            throw new WorkspaceException(backup + " is not a Trustcase backup (neither an SQLite database nor a"
                    + " backup archive with evidence)");
        }
        boolean created = !Files.exists(dir, LinkOption.NOFOLLOW_LINKS);
        if (!created) {
            requireEmptyFolder(dir);
        }
        WorkspaceFolder.create(dir);
        WorkspaceLock lock;
        try {
            lock = WorkspaceLock.exclusive(dir, java.time.Duration.ZERO);
        } catch (RuntimeException e) {
            undo(dir, created, e);
            throw e;
        }
        Path database = dir.resolve(Workspace.DATABASE_FILE);
        Path partial = dir.resolve(RESTORING);
        try {
            // checked again under the lock: only the lock file may be there
            requireEmptyFolder(dir);
            if (archive) {
                // the evidence files first, each checked against its hash: a damaged one stops the restore
                BackupArchive.restore(backup, partial, new FileEvidenceVault(dir));
            } else {
                Files.copy(backup, partial);
            }
            asWorkspaceFailure(() -> SqliteBackup.verify(partial, backup.toString()));
            Files.move(partial, database);
            return open.apply(lock);
        } catch (IOException | RuntimeException e) {
            RuntimeException failure = e instanceof RuntimeException runtime ? runtime
                    : new WorkspaceException("cannot restore into " + dir + ": " + e.getMessage(), e);
            SqliteDatabase.deleteFiles(partial, failure);
            SqliteDatabase.deleteFiles(database, failure);
            BackupArchive.deleteVault(dir, failure);
            lock.close();
            undo(dir, created, failure);
            throw failure;
        }
    }

    private static void requireEmptyFolder(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new WorkspaceException("cannot restore into " + dir + ": it is a file, not a folder");
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                if (!entry.getFileName().toString().equals(Workspace.LOCK_FILE)) {
                    throw new WorkspaceException("cannot restore into " + dir + ": the folder is not empty"
                            + " (a restore goes into a new or empty folder)");
                }
            }
        } catch (IOException e) {
            throw new WorkspaceException("cannot read the folder " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Takes away the lock file, and the folder when the restore created it. */
    private static void undo(Path dir, boolean created, RuntimeException failure) {
        try {
            Files.deleteIfExists(dir.resolve(Workspace.LOCK_FILE));
            if (created) {
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    private static <T> T asWorkspaceFailure(java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (DatabaseException e) {
            throw new WorkspaceException(e.getMessage(), e);
        }
    }
}
