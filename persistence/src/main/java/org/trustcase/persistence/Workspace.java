package org.trustcase.persistence;


import org.trustcase.model.caseclocks.ClockIndex;
import org.trustcase.model.caseclocks.DeadlineQueries;
import org.trustcase.model.caselist.CaseQueries;
import org.trustcase.persistence.caseclocks.JooqClockIndex;
import org.trustcase.persistence.caselist.JooqCaseQueries;
import org.trustcase.persistence.sqlite.SqliteCaseTextSearch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.trustcase.model.assessment.AssessmentRepository;
import org.trustcase.model.assessment.DecisionRepository;
import org.trustcase.model.audit.AuditChain;
import org.trustcase.model.audit.AuditLog;
import org.trustcase.model.caseclocks.CaseClockRepository;
import org.trustcase.model.cases.CaseRepository;
import org.trustcase.model.common.TransactionHooks;
import org.trustcase.model.common.TransactionRunner;
import org.trustcase.persistence.assessment.JooqAssessmentRepository;
import org.trustcase.persistence.assessment.JooqDecisionRepository;
import org.trustcase.persistence.audit.FileCheckpointLog;
import org.trustcase.persistence.audit.JooqAuditChain;
import org.trustcase.persistence.audit.JooqAuditLog;
import org.trustcase.persistence.bulk.WholeCaseWriter;
import org.trustcase.persistence.caseclocks.JooqCaseClockRepository;
import org.trustcase.persistence.cases.JooqCaseRepository;
import org.trustcase.persistence.database.BusyException;
import org.trustcase.persistence.database.DatabaseException;
import org.trustcase.persistence.meta.JooqWorkspaceMeta;
import org.trustcase.persistence.sqlite.SqliteDatabase;
import org.trustcase.persistence.sqlite.UtcInstants;
import org.trustcase.persistence.tx.SingleConnectionTransactions;
import org.trustcase.persistence.users.JooqCaseAssignments;
import org.trustcase.persistence.evidence.FileEvidenceVault;
import org.trustcase.persistence.evidence.JooqEvidenceRepository;
import org.trustcase.model.evidence.EvidenceRepository;
import org.trustcase.persistence.users.JooqUserDirectory;
import org.trustcase.model.users.CaseAssignmentStore;
import org.trustcase.model.users.UserDirectory;

/**
 * An open workspace: a folder holding {@value #DATABASE_FILE}, with a shared lock on
 * {@value #LOCK_FILE} until {@link #close()}, so that other processes (the window, scripts) work in
 * it at the same time; SQLite keeps their transactions apart and the cases' versions catch
 * conflicting edits. Only creating, migrating and restoring take the lock exclusively. All reads and
 * writes of this process go through one connection and {@link #transactions()}. Creating or opening
 * checks the folder and the file first and changes nothing when it refuses.
 */
public final class Workspace implements AutoCloseable {
    public static final String DATABASE_FILE = "trustcase.db";
    public static final String LOCK_FILE = "trustcase.lock";

    private final Path directory;
    private final SqliteDatabase sqlite;
    private final WorkspaceLock lock;
    private final SingleConnectionTransactions transactions;
    private final JooqCaseRepository cases;
    private final JooqAuditLog auditLog;
    private final JooqWorkspaceMeta meta;
    private final JooqAssessmentRepository assessments;
    private final JooqDecisionRepository decisions;
    private final JooqCaseClockRepository caseClocks;
    private final JooqCaseQueries caseQueries;
    private final JooqClockIndex clockIndex;
    private final JooqUserDirectory users;
    private final JooqCaseAssignments assignments;
    private final JooqEvidenceRepository evidence;
    private final org.trustcase.persistence.notifications.JooqRecipientRepository recipients;
    private final org.trustcase.persistence.organisation.MetaOrganisationRepository organisation;
    private final org.trustcase.persistence.notifications.JooqNotificationRepository notifications;
    private final org.trustcase.persistence.notifications.JooqLetterRepository letters;
    private final org.trustcase.persistence.tasks.JooqTaskRepository tasks;
    private final org.trustcase.persistence.tasks.JooqPlaybookRepository playbooks;
    private final org.trustcase.persistence.tasks.JooqNoteRepository notes;
    private final org.trustcase.persistence.timeline.JooqPastEventRepository pastEvents;
    private final org.trustcase.persistence.sqlite.SqliteSearchIndex search;
    private final org.trustcase.persistence.caselist.JooqSavedViewRepository savedViews;
    private final org.trustcase.persistence.evidence.JooqEvidenceTexts evidenceTexts;
    private final org.trustcase.persistence.reports.JooqReportQueries reportQueries;
    private final FileEvidenceVault vault;
    private boolean closed;

    private Workspace(Path directory, SqliteDatabase sqlite, WorkspaceLock lock,
            SingleConnectionTransactions transactions) {
        this.directory = directory;
        this.sqlite = sqlite;
        this.lock = lock;
        this.transactions = transactions;
        this.cases = new JooqCaseRepository(transactions);
        this.auditLog = new JooqAuditLog(transactions);
        this.meta = new JooqWorkspaceMeta(transactions);
        this.assessments = new JooqAssessmentRepository(transactions);
        this.decisions = new JooqDecisionRepository(transactions);
        this.caseClocks = new JooqCaseClockRepository(transactions);
        this.caseQueries = new JooqCaseQueries(transactions, cases, new SqliteCaseTextSearch());
        this.clockIndex = new JooqClockIndex(transactions, meta);
        this.users = new JooqUserDirectory(transactions);
        this.assignments = new JooqCaseAssignments(transactions);
        this.evidence = new JooqEvidenceRepository(transactions);
        this.recipients = new org.trustcase.persistence.notifications.JooqRecipientRepository(transactions);
        this.organisation = new org.trustcase.persistence.organisation.MetaOrganisationRepository(meta);
        this.notifications = new org.trustcase.persistence.notifications.JooqNotificationRepository(transactions);
        this.letters = new org.trustcase.persistence.notifications.JooqLetterRepository(transactions);
        this.tasks = new org.trustcase.persistence.tasks.JooqTaskRepository(transactions);
        this.playbooks = new org.trustcase.persistence.tasks.JooqPlaybookRepository(transactions);
        this.notes = new org.trustcase.persistence.tasks.JooqNoteRepository(transactions);
        this.pastEvents = new org.trustcase.persistence.timeline.JooqPastEventRepository(transactions);
        this.search = new org.trustcase.persistence.sqlite.SqliteSearchIndex(transactions);
        this.savedViews = new org.trustcase.persistence.caselist.JooqSavedViewRepository(transactions);
        this.evidenceTexts = new org.trustcase.persistence.evidence.JooqEvidenceTexts(transactions, evidence);
        this.reportQueries = new org.trustcase.persistence.reports.JooqReportQueries(transactions);
        this.vault = new FileEvidenceVault(directory);
    }

    /**
     * Per-user default folder: Linux {@code $XDG_DATA_HOME/trustcase} (else
     * {@code ~/.local/share/trustcase}); Windows {@code %APPDATA%\Trustcase}; macOS
     * {@code ~/Library/Application Support/Trustcase}.
     */
    public static Path defaultLocation() {
        return defaultLocation(System.getenv(), System.getProperty("os.name"), Path.of(System.getProperty("user.home")));
    }

    /** Same as {@link #defaultLocation()}, from explicit inputs. */
    public static Path defaultLocation(Map<String, String> env, String osName, Path userHome) {
        return DefaultLocation.resolve(Objects.requireNonNull(env, "env"), osName,
                Objects.requireNonNull(userHome, "userHome"));
    }

    /** The per-user cache folder (see {@code DefaultLocation}): what can be made again, such as SQLite's native library. */
    public static Path cacheLocation() {
        return DefaultLocation.cache(System.getenv(), System.getProperty("os.name"), Path.of(System.getProperty("user.home")));
    }

    /** Same as {@link #cacheLocation()}, from explicit inputs. */
    public static Path cacheLocation(Map<String, String> env, String osName, Path userHome) {
        return DefaultLocation.cache(Objects.requireNonNull(env, "env"), osName, Objects.requireNonNull(userHome, "userHome"));
    }

    /** True when {@code dir} holds a {@value #DATABASE_FILE} file. */
    public static boolean exists(Path dir) {
        return Files.isRegularFile(dir.resolve(DATABASE_FILE));
    }

    /**
     * Creates a new workspace in {@code dir} (creating missing folders), migrates it and returns it
     * open. The workspace is locked exclusively while it is created, then shared.
     *
     * @throws WorkspaceException if a workspace already exists there, or the folder cannot be created or written
     */
    public static Workspace create(Path dir) {
        return create(dir, Waiting.DEFAULT);
    }

    /** Same, waiting at most {@code wait} for a busy workspace (see {@link #open(Path, Duration)}). */
    public static Workspace create(Path dir, Duration wait) {
        return create(dir, Waiting.upTo(wait));
    }

    private static Workspace create(Path dir, Waiting waiting) {
        Path database = dir.resolve(DATABASE_FILE);
        refuseExisting(dir, database);
        WorkspaceFolder.create(dir);
        WorkspaceLock lock = WorkspaceLock.exclusive(dir, waiting.lock());
        SingleConnectionTransactions transactions = null;
        try {
            // checked again under the lock: another process may have created it in between
            refuseExisting(dir, database);
            try {
                SqliteDatabase sqlite = new SqliteDatabase(database, waiting.busy());
                transactions = refusedAsWorkspace(() -> {
                    sqlite.migrate();
                    sqlite.rememberCheckedHistory();
                    return sqlite.connect();
                });
                Workspace workspace = new Workspace(dir, sqlite, lock, transactions);
                workspace.putMeta(JooqWorkspaceMeta.CREATED_AT, UtcInstants.format(Instant.now()));
                lock.toShared(waiting.lock());
                return workspace;
            } catch (RuntimeException e) {
                if (transactions != null) {
                    transactions.close();
                }
                // removes what a failed creation left behind, so that a retry starts clean
                SqliteDatabase.deleteFiles(database, e);
                throw e;
            }
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Opens an existing workspace beside the other processes working in it: checks, reading only, that
     * {@value #DATABASE_FILE} is a writable Trustcase SQLite database of this version or an older one, takes
     * the lock shared, runs pending migrations (alone in the workspace: the lock is taken exclusively for them)
     * and connects. Does not wait for a busy workspace; a transaction waits
     * {@value SqliteDatabase#BUSY_TIMEOUT_MILLIS} ms for another process's write.
     *
     * @throws WorkspaceException if there is no workspace, it is read-only, written by a newer Trustcase, or the
     *         file is not a Trustcase database
     * @throws BusyException if another process is migrating or restoring it, or works in it while it needs a migration
     */
    public static Workspace open(Path dir) {
        return open(dir, Waiting.DEFAULT);
    }

    /**
     * Same, waiting at most {@code wait} for a busy workspace: for the lock, and in each transaction for
     * another process's write.
     */
    public static Workspace open(Path dir, Duration wait) {
        return open(dir, Waiting.upTo(wait));
    }

    private static Workspace open(Path dir, Waiting waiting) {
        Path database = dir.resolve(DATABASE_FILE);
        if (!exists(dir)) {
            throw new WorkspaceException("no Trustcase workspace in " + dir + "; create one with 'workspace init'");
        }
        SqliteDatabase sqlite = new SqliteDatabase(database);
        // only reads: a file that is not a workspace of this version gets no lock file beside it either
        refusedAsWorkspace(() -> {
            SqliteDatabase.requireSqliteFile(database);
            sqlite.requireTrustcaseSchema();
            sqlite.requireWritable();
            return null;
        });
        WorkspaceLock lock = WorkspaceLock.shared(dir, waiting.lock());
        try {
            return openLocked(dir, lock, waiting);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** Checks, migrates (taking the lock exclusively when it is shared) and connects; the lock is shared after. */
    private static Workspace openLocked(Path dir, WorkspaceLock lock, Waiting waiting) {
        SqliteDatabase sqlite = new SqliteDatabase(dir.resolve(DATABASE_FILE), waiting.busy());
        SingleConnectionTransactions transactions = refusedAsWorkspace(() -> {
            sqlite.requireTrustcaseSchema();
            if (sqlite.needsMigration()) {
                lock.toExclusive(waiting.lock());
                sqlite.migrate();
            }
            // the history as checked (or just migrated): the next opening need not ask Flyway again
            sqlite.rememberCheckedHistory();
            SingleConnectionTransactions connected = sqlite.connect();
            try {
                lock.toShared(waiting.lock());
            } catch (RuntimeException e) {
                connected.close();
                throw e;
            }
            return connected;
        });
        return new Workspace(dir, sqlite, lock, transactions);
    }

    /** How long to wait for a busy workspace: for the lock file, and for another connection's write lock. */
    private record Waiting(Duration lock, Duration busy) {
        static final Waiting DEFAULT = new Waiting(Duration.ZERO, Duration.ofMillis(SqliteDatabase.BUSY_TIMEOUT_MILLIS));

        static Waiting upTo(Duration wait) {
            if (Objects.requireNonNull(wait, "wait").isNegative()) {
                throw new IllegalArgumentException("a wait cannot be negative: " + wait);
            }
            return new Waiting(wait, wait);
        }
    }

    /**
     * A number that changes when another connection (in this process or another) has committed a change
     * to the workspace since the last reading, and stays the same for this workspace's own changes: the
     * window reads it now and then to show what scripts changed.
     */
    public long changesElsewhere() {
        return transactions.read(() -> SqliteDatabase.dataVersion(transactions.dsl("change watch")));
    }

    /**
     * Writes a consistent copy of this workspace's database into the new file {@code out}, while
     * this and other connections go on working: the copy is made in a temporary file beside
     * {@code out}, checked, and only then moved to its name, so that a failed backup leaves no
     * file behind. Returns the copy's schema version.
     *
     * @throws WorkspaceException if {@code out} exists, its folder does not, or the copy fails
     */
    public String backup(Path out) {
        return WorkspaceBackup.backup(sqlite, vault, out);
    }

    /**
     * Restores the backup {@code backup} into {@code dir}, a new or empty folder, under the
     * workspace's lock: the file is copied in under a temporary name, checked (SQLite's integrity
     * check, a Trustcase schema this version knows), moved to {@value #DATABASE_FILE}, migrated if
     * it is older, and returned open. When anything fails, the folder is left as it was.
     *
     * @throws WorkspaceException if the file is not a whole Trustcase backup or the folder is not empty
     */
    public static Workspace restore(Path backup, Path dir) {
        return WorkspaceBackup.restore(backup, dir, lock -> openLocked(dir, lock, Waiting.DEFAULT));
    }

    public Path directory() {
        return directory;
    }

    public TransactionRunner transactions() {
        return transactions;
    }

    /** Work to run when the current transaction of {@link #transactions()} has committed or rolled back. */
    public TransactionHooks transactionHooks() {
        return transactions;
    }

    /** The cases; use inside {@link #transactions()} only. */
    public CaseRepository cases() {
        return cases;
    }

    /** The audit trail; use inside {@link #transactions()} only. */
    public AuditLog auditLog() {
        return auditLog;
    }

    /** The signed checkpoints of the audit trail, in a file beside the database. */
    public FileCheckpointLog checkpoints() {
        return new FileCheckpointLog(directory());
    }

    /** The audit trail read as a hash chain, for verification. */
    public AuditChain auditChain() {
        return new JooqAuditChain(transactions);
    }

    /** The risk assessment versions; use inside {@link #transactions()} only. */
    public AssessmentRepository assessments() {
        return assessments;
    }

    /** The notification decision versions; use inside {@link #transactions()} only. */
    public DecisionRepository decisions() {
        return decisions;
    }

    /** The cases' deadline events, regime flags and clock outcomes; use inside {@link #transactions()} only. */
    public CaseClockRepository caseClocks() {
        return caseClocks;
    }

    /** Case lists, counts and figures as queries; use inside {@link #transactions()} only. */
    public UserDirectory users() {
        return users;
    }

    public org.trustcase.model.organisation.OrganisationRepository organisation() {
        return organisation;
    }

    public org.trustcase.model.notifications.NotificationRepository notifications() {
        return notifications;
    }

    public org.trustcase.model.tasks.NoteRepository notes() {
        return notes;
    }

    public org.trustcase.model.timeline.PastEventRepository pastEvents() {
        return pastEvents;
    }

    /** The reports' figures, counted by the database. */
    public org.trustcase.model.reports.ReportQueries reportQueries() {
        return reportQueries;
    }

    /** The text of the evidence items, as the search reads it. */
    public org.trustcase.model.search.EvidenceTexts evidenceTexts() {
        return evidenceTexts;
    }

    /** Each person's named views of the cases table. */
    public org.trustcase.model.caselist.SavedViewRepository savedViews() {
        return savedViews;
    }

    /** The full-text search over the cases' text, notes, tasks, annotations and past events. */
    public org.trustcase.model.search.SearchIndex search() {
        return search;
    }

    public org.trustcase.model.tasks.PlaybookRepository playbooks() {
        return playbooks;
    }

    public org.trustcase.model.tasks.TaskRepository tasks() {
        return tasks;
    }

    public org.trustcase.model.notifications.LetterTemplateRepository letterTemplates() {
        return letters;
    }

    public org.trustcase.model.notifications.LetterBatchRepository letterBatches() {
        return letters;
    }

    public org.trustcase.model.notifications.RecipientRepository recipients() {
        return recipients;
    }

    public EvidenceRepository evidence() {
        return evidence;
    }

    /** The evidence files, in {@code evidence/} beside the database. */
    public FileEvidenceVault evidenceVault() {
        return vault;
    }

    public CaseAssignmentStore caseAssignments() {
        return assignments;
    }

    public CaseQueries caseQueries() {
        return caseQueries;
    }

    /** The deadline index; use inside {@link #transactions()} only. */
    public ClockIndex clockIndex() {
        return clockIndex;
    }

    /** Writes whole cases made elsewhere (a generator's staged batch); use inside {@link #transactions()} only. */
    public WholeCaseWriter wholeCaseWriter() {
        return new WholeCaseWriter(cases, auditLog, assessments, decisions, caseClocks, clockIndex);
    }

    /** Deadlines across open cases, as queries on the deadline index; use inside {@link #transactions()} only. */
    public DeadlineQueries deadlineQueries() {
        return clockIndex;
    }

    /** True when the workspace was marked as filled with generated cases for measuring. */
    public boolean isGenerated() {
        return transactions.inTransaction(() -> meta.get(JooqWorkspaceMeta.GENERATED))
                .map(Boolean::parseBoolean)
                .orElse(false);
    }

    public void markAsGenerated() {
        putMeta(JooqWorkspaceMeta.GENERATED, "true");
    }

    /** True when the workspace was marked as holding demo data. */
    public boolean isDemo() {
        return transactions.read(() -> meta.get(JooqWorkspaceMeta.DEMO))
                .map(Boolean::parseBoolean)
                .orElse(false);
    }

    public void markAsDemo() {
        putMeta(JooqWorkspaceMeta.DEMO, "true");
    }

    /** Waits for running work, closes the connection and releases the lock; idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            transactions.close();
        } finally {
            lock.close();
        }
    }

    private void putMeta(String key, String value) {
        transactions.inTransaction(() -> {
            meta.put(key, value);
            return null;
        });
    }

    private static void refuseExisting(Path dir, Path database) {
        if (Files.exists(database)) {
            throw new WorkspaceException("a Trustcase workspace already exists in " + dir + " (" + database
                    + "); open it instead of creating a new one");
        }
    }

    /** A database that cannot be used makes the workspace unusable: same message, the workspace's exception. */
    private static <T> T refusedAsWorkspace(Supplier<T> step) {
        try {
            return step.get();
        } catch (DatabaseException e) {
            throw new WorkspaceException(e.getMessage(), e);
        }
    }
}
