package org.trustcase.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.persistence.testing.SampleCases;

class WorkspaceBackupTest {
    private static final Instant AT = Instant.parse("2026-03-04T11:00:00Z");

    @TempDir
    Path temp;

    @Test
    void aBackupTakenWhileAWriterRunsRestoresToTheCasesOfOneMoment() throws Exception {
        Path source = temp.resolve("source");
        Path backup = temp.resolve("backup.trustcase");
        try (Workspace workspace = Workspace.create(source)) {
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger pairs = new AtomicInteger();
            // each transaction writes two cases: a copy of half a transaction would show an odd number
            CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
                while (!stop.get()) {
                    int pair = pairs.get();
                    workspace.transactions().inTransaction(() -> {
                        workspace.cases().insert(new CaseReference(2026, 2 * pair + 1), SampleCases.everyField(),
                                CaseStatus.NEW, AT);
                        workspace.cases().insert(new CaseReference(2026, 2 * pair + 2), SampleCases.requiredOnly(),
                                CaseStatus.TRIAGE, AT);
                        return null;
                    });
                    pairs.incrementAndGet();
                }
            });
            try {
                awaitAtLeast(pairs, 20);
                int before = pairs.get();
                workspace.backup(backup);
                int after = pairs.get();
                assertThat(after).as("the writer kept writing during the backup").isGreaterThanOrEqualTo(before);

                try (Workspace restored = Workspace.restore(backup, temp.resolve("restored"))) {
                    assertThat(integrityCheck(temp.resolve("restored").resolve(Workspace.DATABASE_FILE))).isEqualTo("ok");
                    long count = restored.transactions().read(() -> restored.cases().countOpen());
                    assertThat(count % 2).as("whole transactions only").isZero();
                    assertThat(count / 2).isBetween((long) before, (long) after + 1);
                    List<CaseReference> all = references((int) count);
                    List<BreachCase> copied = restored.transactions().read(() -> restored.cases().find(all));
                    List<BreachCase> original = workspace.transactions().read(() -> workspace.cases().find(all));
                    assertThat(copied).hasSize((int) count).containsExactlyInAnyOrderElementsOf(original);
                    CaseReference next = new CaseReference(2026, (int) count + 1);
                    assertThat(restored.transactions().read(() -> restored.cases().find(next))).isEmpty();
                }
            } finally {
                stop.set(true);
                writer.get(30, TimeUnit.SECONDS);
            }
        }
        // a backup is one file: nothing SQLite keeps beside a database, no temporary file left
        assertThat(filesIn(temp)).containsExactlyInAnyOrder("source", "backup.trustcase", "restored");
    }

    @Test
    void aBackupNeverOverwritesAFile() throws Exception {
        Path existing = temp.resolve("taken.trustcase");
        Files.writeString(existing, "mine");
        try (Workspace workspace = Workspace.create(temp.resolve("ws"))) {
            assertThatThrownBy(() -> workspace.backup(existing))
                    .isInstanceOf(WorkspaceException.class)
                    .hasMessageContaining(existing + " already exists");
        }
        assertThat(existing).hasContent("mine");
        assertThat(filesIn(temp)).containsExactlyInAnyOrder("ws", "taken.trustcase");
    }

    @Test
    void aFileThatIsNotABackupIsRefusedAndTheFolderStaysAsItWas() throws Exception {
        Path notes = temp.resolve("notes.txt");
        Files.writeString(notes, "not a backup", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Workspace.restore(notes, temp.resolve("target")))
                .isInstanceOf(WorkspaceException.class)
                .hasMessage(notes + " is not a Trustcase backup (neither an SQLite database nor a backup archive with"
                        + " evidence)");
        assertThat(temp.resolve("target")).doesNotExist();

        Path other = temp.resolve("other.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + other);
                Statement statement = connection.createStatement()) {
            statement.execute("create table contacts (name text)");
        }
        Path empty = Files.createDirectory(temp.resolve("empty"));
        assertThatThrownBy(() -> Workspace.restore(other, empty))
                .isInstanceOf(WorkspaceException.class)
                .hasMessage(other + " is an SQLite database but not a Trustcase workspace");
        assertThat(filesIn(empty)).isEmpty();
    }

    @Test
    void aRestoreGoesOnlyIntoAnEmptyFolder() throws Exception {
        Path backup = temp.resolve("b.trustcase");
        try (Workspace workspace = Workspace.create(temp.resolve("ws"))) {
            workspace.backup(backup);
        }
        Path full = Files.createDirectory(temp.resolve("full"));
        Files.writeString(full.resolve("keep.txt"), "keep");
        assertThatThrownBy(() -> Workspace.restore(backup, full))
                .isInstanceOf(WorkspaceException.class)
                .hasMessage("cannot restore into " + full + ": the folder is not empty (a restore goes into a new or"
                        + " empty folder)");
        assertThat(filesIn(full)).containsExactly("keep.txt");
        // and over an existing workspace least of all
        assertThatThrownBy(() -> Workspace.restore(backup, temp.resolve("ws")))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("the folder is not empty");
    }

    @Test
    void aBackupOfANewerSchemaIsRefused() throws Exception {
        Path backup = temp.resolve("newer.trustcase");
        try (Workspace workspace = Workspace.create(temp.resolve("ws"))) {
            workspace.backup(backup);
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + backup);
                Statement statement = connection.createStatement()) {
            statement.execute("insert into flyway_schema_history (installed_rank, version, description, type, script,"
                    + " checksum, installed_by, execution_time, success) values (99, '99', 'future', 'SQL',"
                    + " 'V99__future.sql', 1, 'x', 1, 1)");
        }
        Path target = temp.resolve("target");
        assertThatThrownBy(() -> Workspace.restore(backup, target))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("written by a newer Trustcase");
        assertThat(target).doesNotExist();
    }

    private static void awaitAtLeast(AtomicInteger counter, int value) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (counter.get() < value) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the writer did not get going");
            }
            Thread.sleep(5);
        }
    }

    private static List<CaseReference> references(int count) {
        List<CaseReference> all = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            all.add(new CaseReference(2026, i));
        }
        return all;
    }

    static String integrityCheck(Path database) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("PRAGMA integrity_check")) {
            result.next();
            return result.getString(1);
        }
    }

    private static List<String> filesIn(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
