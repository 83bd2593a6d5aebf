package org.trustcase.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustcase.app.Main;

/**
 * An import killed outright (SIGKILL, as a crash or a pulled plug would) in the middle of copying a large file leaves
 * the workspace consistent: no item, no file under a hash, and the next reconciliation clears what it left.
 */
class EvidenceCrashTest {
    @TempDir
    Path temp;

    @Test
    void anImportKilledWhileCopyingLeavesNoItemAndNoFileUnderAHash() throws Exception {
        Path workspace = temp.resolve("ws");
        CliRunner cli = new CliRunner(workspace);
        assertThat(cli.run("workspace", "init").code()).isZero();
        String ref = cli.run("case", "new", "--title", "Stolen laptop", "--aware", "2026-03-30T10:00:00Z").out()
                .strip();
        Path big = temp.resolve("disk-image.raw");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(1L << 30);
        }

        ProcessBuilder child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "--workspace", workspace.toString(), "evidence", "add", ref, big.toString())
                .redirectErrorStream(true).redirectOutput(temp.resolve("child.txt").toFile());
        child.environment().put("TRUSTCASE_USER", CliRunner.DPO);
        child.environment().put("TRUSTCASE_PASSWORD", CliRunner.PASSWORD);
        Process importing = child.start();
        Path tmp = workspace.resolve("evidence").resolve("tmp");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        // kill it once it has copied a good part of the file
        while (writtenSoFar(tmp) < 64L << 20 && importing.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(importing.isAlive()).as("still importing when killed: " + Files.readString(temp.resolve("child.txt")))
                .isTrue();
        importing.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

        assertThat(cli.run("evidence", "list", ref).out()).isEmpty();
        assertThat(workspace.resolve("evidence").resolve("sha256")).doesNotExist();
        CliRunner.Result verified = cli.run("evidence", "verify");
        assertThat(verified.code()).as(verified.out()).isZero();
        assertThat(partFiles(tmp)).as("the leftover was cleared").isEmpty();
        Path small = Files.writeString(temp.resolve("note.txt"), "after the crash");
        assertThat(cli.run("evidence", "add", ref, small.toString()).code()).isZero();
        assertThat(cli.run("audit", "verify").code()).isZero();
    }

    private static long writtenSoFar(Path tmp) throws Exception {
        return partFiles(tmp).stream().mapToLong(path -> path.toFile().length()).sum();
    }

    private static List<Path> partFiles(Path tmp) throws Exception {
        if (!Files.isDirectory(tmp)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(tmp)) {
            return files.toList();
        }
    }
}
