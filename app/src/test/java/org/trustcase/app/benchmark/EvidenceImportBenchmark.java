package org.trustcase.app.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Random;
import org.trustcase.app.AppContext;
import org.trustcase.app.bootstrap.AppContextFactory;
import org.trustcase.model.cases.CaseDetails;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.common.Actor;
import org.trustcase.model.evidence.EvidenceService;

/**
 * The evidence import's throughput against {@code openssl dgst -sha256} over the same file in the same run (the JDK's
 * SHA-256 when there is no openssl), and an import of a 2 GiB file in a JVM limited to 256 MB (run with
 * {@code -Xmx256m}: the import streams, so it fits). Not a test: run with
 * {@code mvn -Pevidence-benchmark -pl app -am verify -DskipTests} (needs about 3.5 GB of free disk in the temporary
 * folder).
 */
public final class EvidenceImportBenchmark {
    private static final long GIB = 1L << 30;

    private EvidenceImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("trustcase-evidence-benchmark-");
        try {
            run(dir);
        } finally {
            delete(dir);
        }
    }

    private static void run(Path dir) throws Exception {
        Path file = dir.resolve("one-gib.bin");
        writeRandom(file, GIB);
        System.out.printf(Locale.ROOT, "%nJVM max heap %d MB, %d processors%n",
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
        // the file is in the page cache for both: what is compared is hashing (and, for the import, copying too)
        long baseline = Long.MAX_VALUE;
        String tool = "openssl dgst -sha256";
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            if (!openssl(file)) {
                tool = "the JDK's SHA-256, streamed";
                jdkSha256(file);
            }
            baseline = Math.min(baseline, System.nanoTime() - start);
        }
        // and what the disk takes to hold a copy durably (a plain copy and fsync), the other bound of an import
        long durable = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            Path copy = dir.resolve("copy-" + i + ".bin");
            settleDisk();
            long start = System.nanoTime();
            // written by this process through a file channel, as the import writes: Files.copy may let the kernel
            // copy (or share) the blocks without the bytes passing through, which no import from a stream can
            try (InputStream in = Files.newInputStream(file);
                    java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(copy,
                            java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE)) {
                byte[] buffer = new byte[1 << 20];
                java.nio.ByteBuffer wrapped = java.nio.ByteBuffer.wrap(buffer);
                int read;
                while ((read = in.readNBytes(buffer, 0, buffer.length)) > 0) {
                    wrapped.clear().limit(read);
                    while (wrapped.hasRemaining()) {
                        channel.write(wrapped);
                    }
                }
                channel.force(true);
            }
            durable = Math.min(durable, System.nanoTime() - start);
            Files.delete(copy);
        }
        System.out.printf(Locale.ROOT, "1 GiB: a plain copy through the process, forced to disk once, %.2f s (%.0f MB/s)%n", durable / 1e9,
                GIB / 1e6 / (durable / 1e9));
        try (AppContext context = new AppContextFactory(Clock.systemUTC(), new Actor("benchmark"))
                .create(dir.resolve("ws"), false)) {
            CaseReference ref = context.cases().open(CaseDetails.builder().title("Benchmark")
                    .awareAt(Clock.systemUTC().instant().minusSeconds(3600)).build()).reference();
            long imported = Long.MAX_VALUE;
            for (int i = 0; i < 3; i++) {
                // a fresh case each round: the same file again would be recognised, not copied
                CaseReference target = i == 0 ? ref : context.cases().open(CaseDetails.builder().title("Round " + i)
                        .awareAt(Clock.systemUTC().instant().minusSeconds(3600)).build()).reference();
                Files.writeString(file, Integer.toString(i), java.nio.file.StandardOpenOption.APPEND);
                settleDisk();
                long start = System.nanoTime();
                try (InputStream in = Files.newInputStream(file)) {
                    context.evidence().add(target, in, "one-gib.bin", null, null, bytes -> true);
                }
                imported = Math.min(imported, System.nanoTime() - start);
            }
            System.out.printf(Locale.ROOT, "1 GiB: %s %.2f s (%.0f MB/s); import (hash while copying, fsync, move)"
                    + " %.2f s (%.0f MB/s): throughput %.2f× the plain hashing, %.2f× the plain durable copy%n", tool,
                    baseline / 1e9, GIB / 1e6 / (baseline / 1e9), imported / 1e9, GIB / 1e6 / (imported / 1e9),
                    (double) baseline / imported, (double) durable / imported);
            Files.delete(file);
            Path twoGib = dir.resolve("two-gib.raw");
            try (RandomAccessFile sparse = new RandomAccessFile(twoGib.toFile(), "rw")) {
                sparse.setLength(2 * GIB);
            }
            long start = System.nanoTime();
            EvidenceService.Added added;
            try (InputStream in = Files.newInputStream(twoGib)) {
                added = context.evidence().add(ref, in, "two-gib.raw", null, null, bytes -> true);
            }
            Runtime runtime = Runtime.getRuntime();
            System.out.printf(Locale.ROOT, "2 GiB imported in %.1f s with a heap of at most %d MB (%d MB in use after):"
                    + " %s, %d bytes%n", (System.nanoTime() - start) / 1e9, runtime.maxMemory() >> 20,
                    (runtime.totalMemory() - runtime.freeMemory()) >> 20, added.item().sha256(), added.item().size());
        }
    }

    /**
     * Lets the disk write out what earlier rounds left in the page cache (with {@code sync}, where there is one), so
     * that each timed copy starts on an idle disk and is not charged for the one before.
     */
    private static void settleDisk() {
        try {
            new ProcessBuilder("sync").start().waitFor();
        } catch (IOException | InterruptedException e) {
            // no sync here: rounds may then overlap a little
        }
    }

    private static boolean openssl(Path file) {
        try {
            Process process = new ProcessBuilder("openssl", "dgst", "-sha256", file.toString())
                    .redirectErrorStream(true).start();
            process.getInputStream().transferTo(OutputStream.nullOutputStream());
            return process.waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static String jdkSha256(Path file) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int read;
            while ((read = in.read(buffer)) != -1) {
                sha.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void writeRandom(Path file, long size) throws IOException {
        byte[] block = new byte[1 << 20];
        Random random = new Random(1);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < size; written += block.length) {
                random.nextBytes(block);
                out.write(block);
            }
        }
    }

    private static void delete(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                path.toFile().setWritable(true);
                Files.deleteIfExists(path);
            }
        }
    }
}
