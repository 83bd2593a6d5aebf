package org.trustcase.persistence.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustcase.model.evidence.EvidenceImportCancelled;
import org.trustcase.model.evidence.EvidenceVault;

class FileEvidenceVaultTest {
    @TempDir
    Path workspace;

    private static InputStream bytes(String content) {
        return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aFileIsKeptOnceUnderItsHashAndTheSameContentTwiceIsOneFile() {
        FileEvidenceVault vault = new FileEvidenceVault(workspace);
        EvidenceVault.Stored first = vault.store(bytes("hello"), "greeting.txt", copied -> true);
        EvidenceVault.Stored again = vault.store(bytes("hello"), "copy.txt", copied -> true);

        // sha256("hello")
        assertThat(first.sha256()).isEqualTo("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824");
        assertThat(first.size()).isEqualTo(5);
        assertThat(first.mediaType()).isEqualTo("text/plain");
        assertThat(again).isEqualTo(first);
        assertThat(vault.stored()).containsExactly(first.sha256());
        assertThat(vault.hashNow(first.sha256())).contains(first.sha256());
        assertThat(vault.file(first.sha256())).hasContent("hello");
        assertThat(tempFiles()).as("nothing left behind").isEmpty();
    }

    @Test
    void aFileOfManyBlocksIsCopiedWholeAndHashedAsTheJdkHashesIt() throws Exception {
        byte[] content = new byte[5 * (1 << 20) + 3];
        new java.util.Random(7).nextBytes(content);
        FileEvidenceVault vault = new FileEvidenceVault(workspace);
        java.util.List<Long> progress = new java.util.ArrayList<>();
        EvidenceVault.Stored stored = vault.store(new ByteArrayInputStream(content), "blob.bin", copied -> {
            progress.add(copied);
            return true;
        });
        String expected = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(content));
        assertThat(stored.sha256()).isEqualTo(expected);
        assertThat(stored.size()).isEqualTo(content.length);
        assertThat(Files.readAllBytes(vault.file(expected))).isEqualTo(content);
        assertThat(progress).last().isEqualTo((long) content.length);

        // stopped after two blocks: nothing kept, the writer thread gone
        assertThatThrownBy(() -> vault.store(new ByteArrayInputStream(new byte[4 << 20]), "zeros.bin",
                copied -> copied < (2 << 20))).isInstanceOf(EvidenceImportCancelled.class);
        assertThat(vault.stored()).containsExactly(expected);
        assertThat(tempFiles()).isEmpty();
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("trustcase-evidence-writer"));
    }

    @Test
    void aCancelledImportKeepsNothing() {
        FileEvidenceVault vault = new FileEvidenceVault(workspace);
        assertThatThrownBy(() -> vault.store(bytes("half a file"), "x.bin", copied -> false))
                .isInstanceOf(EvidenceImportCancelled.class);
        assertThat(vault.stored()).isEmpty();
        assertThat(tempFiles()).isEmpty();
    }

    @Test
    void aRemovedFileIsGoneAndItsHashCannotBeRead() {
        FileEvidenceVault vault = new FileEvidenceVault(workspace);
        EvidenceVault.Stored stored = vault.store(bytes("to dispose of"), "x.txt", copied -> true);
        assertThat(vault.remove(stored.sha256())).isTrue();
        assertThat(vault.hashNow(stored.sha256())).isEmpty();
        assertThat(vault.remove(stored.sha256())).isFalse();
        assertThatThrownBy(() -> vault.file("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void leftoversOfAnInterruptedImportAreRemovedButNotAnImportStillBeingWritten() throws Exception {
        FileEvidenceVault vault = new FileEvidenceVault(workspace);
        Path tmp = Files.createDirectories(workspace.resolve(FileEvidenceVault.FOLDER).resolve("tmp"));
        Path leftover = Files.writeString(tmp.resolve("import-1.part"), "half");
        Path writing = Files.writeString(tmp.resolve("import-2.part"), "still coming");
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(writing,
                java.nio.file.StandardOpenOption.WRITE); java.nio.channels.FileLock lock = channel.lock()) {
            assertThat(vault.removeLeftovers()).isEqualTo(1);
        }
        assertThat(leftover).doesNotExist();
        assertThat(writing).exists();
    }

    private java.util.List<Path> tempFiles() {
        Path tmp = workspace.resolve(FileEvidenceVault.FOLDER).resolve("tmp");
        if (!Files.exists(tmp)) {
            return java.util.List.of();
        }
        try (Stream<Path> files = Files.list(tmp)) {
            return files.toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
