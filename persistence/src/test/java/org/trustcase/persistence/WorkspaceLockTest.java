package org.trustcase.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceLockTest {
    @TempDir
    Path dir;

    @Test
    void aSecondOpenIsRefusedInThisJvmAndInAnotherProcessUntilTheFirstCloses() throws Exception {
        Workspace first = Workspace.create(dir);
        try {
            assertThat(dir.resolve(Workspace.LOCK_FILE)).exists();

            assertThatThrownBy(() -> Workspace.open(dir))
                    .isInstanceOf(WorkspaceException.class)
                    .hasMessage("workspace " + dir + " is in use by another Trustcase process; close it there first");
            // the refused attempt in this JVM must not have dropped the lock held by the first open
            ProbeResult other = openInAnotherJvm();
            assertThat(other.exitCode()).as(other.output()).isEqualTo(3);
            assertThat(other.output()).contains("workspace " + dir + " is in use by another Trustcase process");
            // and the first workspace still works
            assertThat(first.transactions().inTransaction(() -> first.cases().countOpen())).isZero();
        } finally {
            first.close();
        }

        ProbeResult afterClose = openInAnotherJvm();
        assertThat(afterClose.exitCode()).as(afterClose.output()).isZero();
        Workspace.open(dir).close();
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

    private ProbeResult openInAnotherJvm() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                OpenWorkspaceProbe.class.getName(), dir.toString()))
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
