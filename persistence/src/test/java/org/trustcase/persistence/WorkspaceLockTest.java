package org.trustcase.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.persistence.database.BusyException;
import org.trustcase.persistence.testing.SampleCases;

class WorkspaceLockTest {
    private static final Instant AT = Instant.parse("2026-03-04T11:00:00Z");

    @TempDir
    Path dir;

    @Test
    void anotherProcessWorksInTheWorkspaceAtTheSameTimeButThisJvmOpensItOnce() throws Exception {
        try (Workspace first = Workspace.create(dir)) {
            assertThat(dir.resolve(Workspace.LOCK_FILE)).exists();
            first.transactions().inTransaction(() -> first.cases().insert(new CaseReference(2026, 1),
                    SampleCases.requiredOnly(), CaseStatus.NEW, AT));

            ProbeResult other = probe("open");
            assertThat(other.exitCode()).as(other.output()).isZero();
            assertThat(other.output()).contains("with 1 open cases");

            assertThatThrownBy(() -> Workspace.open(dir))
                    .isInstanceOf(WorkspaceException.class)
                    .hasMessage("workspace " + dir + " is already open in this Trustcase process");
            // the refused attempt in this JVM must not have dropped the lock held by the first open
            assertThat(first.transactions().read(() -> first.cases().countOpen())).isOne();
        }
        Workspace.open(dir).close();
    }

    @Test
    void whileAnotherProcessIsAloneInTheWorkspaceOpeningIsBusyOrWaits() throws Exception {
        Workspace.create(dir).close();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process holder = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                OpenWorkspaceProbe.class.getName(), "hold", dir.toString())).redirectErrorStream(true).start();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                    StandardCharsets.UTF_8));
            assertThat(lines.readLine()).isEqualTo("held");

            assertThatThrownBy(() -> Workspace.open(dir))
                    .isInstanceOf(BusyException.class)
                    .hasMessage("workspace " + dir + " is busy: another Trustcase process is updating or restoring it");

            CompletableFuture<Workspace> waiting = CompletableFuture.supplyAsync(
                    () -> Workspace.open(dir, Duration.ofSeconds(30)));
            OutputStream release = holder.getOutputStream();
            release.write('\n');
            release.flush();
            try (Workspace opened = waiting.get(30, TimeUnit.SECONDS)) {
                assertThat(opened.transactions().read(() -> opened.cases().countOpen())).isZero();
            }
        } finally {
            holder.destroy();
            holder.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aWriteLockHeldElsewhereForLongerThanTheWaitIsReportedBusyAndChangesNothing() throws Exception {
        Workspace.create(dir).close();
        try (Workspace workspace = Workspace.open(dir, Duration.ofMillis(200));
                Connection other = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Workspace.DATABASE_FILE));
                Statement statement = other.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");
            assertThatThrownBy(() -> workspace.transactions().inTransaction(() -> workspace.cases().insert(
                    new CaseReference(2026, 1), SampleCases.requiredOnly(), CaseStatus.NEW, AT)))
                    .isInstanceOf(BusyException.class)
                    .hasMessageContaining("is busy: another Trustcase process held it for longer than 0.2 s");
            statement.execute("ROLLBACK");
            assertThat(workspace.transactions().read(() -> workspace.cases().countOpen())).isZero();
        }
    }

    @Test
    void theChangeCounterMovesForChangesMadeElsewhereOnly() throws Exception {
        try (Workspace workspace = Workspace.create(dir)) {
            long before = workspace.changesElsewhere();
            workspace.transactions().inTransaction(() -> workspace.cases().insert(new CaseReference(2026, 1),
                    SampleCases.requiredOnly(), CaseStatus.NEW, AT));
            assertThat(workspace.changesElsewhere()).as("its own change").isEqualTo(before);

            try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Workspace.DATABASE_FILE));
                    Statement statement = other.createStatement()) {
                statement.execute("insert into workspace_meta (meta_key, meta_value) values ('probe', 'x')");
            }
            long after = workspace.changesElsewhere();
            assertThat(after).isNotEqualTo(before);
            assertThat(workspace.changesElsewhere()).as("nothing new").isEqualTo(after);
        }
    }

    @Test
    void aSecondCreateInTheSameFolderIsRefused() {
        try (Workspace first = Workspace.create(dir)) {
            assertThatThrownBy(() -> Workspace.create(dir))
                    .isInstanceOf(WorkspaceException.class)
                    .hasMessageContaining("already exists in " + dir);
            assertThat(first.isDemo()).isFalse();
        }
    }

    private record ProbeResult(int exitCode, String output) {
    }

    private ProbeResult probe(String mode) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                OpenWorkspaceProbe.class.getName(), mode, dir.toString()))
                .redirectErrorStream(true)
                .start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the second JVM did not finish");
        }
        return new ProbeResult(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
