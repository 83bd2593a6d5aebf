package org.trustcase.app.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.trustcase.app.AppContext;
import org.trustcase.app.bootstrap.AppContextFactory;
import org.trustcase.app.documents.DocumentLanguage;
import org.trustcase.app.register.RegisterFile;
import org.trustcase.model.common.Actor;

/**
 * Exporting the breach register of 100,000 cases to XLSX (POI's streaming workbook), against exporting it to CSV in the
 * same run, in a 64 MB heap: the time of each and the most heap used while they ran, which stays the same however
 * many cases there are. The workspace is generated once ({@code workspace generate}, about 2 minutes) in the folder
 * {@code benchmark.workspace} names, or reused from there. Not a test: run with
 * {@code mvn -Pregister-benchmark -pl app -am verify -DskipTests [-Dbenchmark.workspace=DIR]}.
 */
public final class RegisterExportBenchmark {
    private static final int CASES = Integer.getInteger("benchmark.cases", 100_000);
    private static final Actor DPO = new Actor("benchmark");

    private RegisterExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(System.getProperty("benchmark.workspace",
                Path.of(System.getProperty("java.io.tmpdir"), "trustcase-register-benchmark").toString()));
        if (!Files.exists(dir.resolve("trustcase.db"))) {
            System.out.printf(Locale.ROOT, "generating %,d cases in %s%n", CASES, dir);
            Files.createDirectories(dir.getParent());
            try (AppContext made = new AppContextFactory(Clock.systemUTC(), DPO).generate(dir, CASES, 90, 1,
                    done -> { })) {
                made.clock();
            }
        }
        Path out = Files.createTempDirectory("trustcase-register-export-");
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        AtomicLong peak = new AtomicLong();
        Thread watch = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        watch.setDaemon(true);
        watch.start();
        try (AppContext context = new AppContextFactory(Clock.systemUTC(), DPO).open(dir)) {
            Instant from = Instant.parse("2000-01-01T00:00:00Z");
            Instant to = Instant.parse("2100-01-01T00:00:00Z");
            DocumentLanguage language = DocumentLanguage.of("en", java.time.ZoneOffset.UTC);
            long[] rows = new long[2];
            double[] seconds = new double[2];
            long[] peaks = new long[2];
            long[] sizes = new long[2];
            RegisterFile.Format[] formats = {RegisterFile.Format.CSV, RegisterFile.Format.XLSX};
            for (int i = 0; i < formats.length; i++) {
                System.gc();
                peak.set(0);
                Path file = out.resolve("register." + formats[i].name().toLowerCase(Locale.ROOT));
                long start = System.nanoTime();
                rows[i] = RegisterFile.write(context.reports(), from, to, formats[i], file, language);
                seconds[i] = (System.nanoTime() - start) / 1e9;
                peaks[i] = peak.get();
                sizes[i] = Files.size(file);
            }
            long heap = Runtime.getRuntime().maxMemory();
            System.out.printf(Locale.ROOT, "register export of %,d cases, heap limit %d MB:%n", rows[0],
                    heap >> 20);
            System.out.printf(Locale.ROOT, "  CSV (baseline): %.1f s, %.1f MB, most heap used %d MB%n", seconds[0],
                    sizes[0] / 1e6, peaks[0] >> 20);
            System.out.printf(Locale.ROOT, "  XLSX: %.1f s (%.2fx CSV), %.1f MB, most heap used %d MB (%.2fx CSV)%n",
                    seconds[1], seconds[1] / seconds[0], sizes[1] / 1e6, peaks[1] >> 20,
                    (double) peaks[1] / peaks[0]);
            if (rows[0] != rows[1]) {
                throw new IllegalStateException("the formats wrote " + rows[0] + " and " + rows[1] + " rows");
            }
        } finally {
            watch.interrupt();
            try (var files = Files.walk(out)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
