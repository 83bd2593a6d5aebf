package org.trustcase.app.benchmark;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.trustcase.app.AppContext;
import org.trustcase.app.bootstrap.AppContextFactory;
import org.trustcase.app.csv.RecipientCsv;
import org.trustcase.model.cases.CaseDetails;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.common.Actor;
import org.trustcase.model.notifications.RecipientRow;
import org.trustcase.model.notifications.RecipientService;

/**
 * Importing 100,000 recipients from a CSV file into a case's register (checked row by row, stored in one
 * transaction), against reading the same file's rows alone in the same run, with the process's peak resident memory.
 * Not a test: run with {@code mvn -Pnotifications-benchmark -pl app -am verify -DskipTests}.
 */
public final class RecipientImportBenchmark {
    private static final int ROWS = 100_000;

    private RecipientImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("trustcase-recipient-benchmark-");
        try {
            Path file = dir.resolve("recipients.csv");
            try (BufferedWriter out = Files.newBufferedWriter(file)) {
                out.write("name,email,address,language,customer_no,segment\n");
                for (int i = 0; i < ROWS; i++) {
                    out.write("Customer " + i + ",customer" + i + "@example.com,\"ul. Polna " + i + "\n00-001 Warszawa\","
                            + (i % 2 == 0 ? "en" : "pl") + ",C-" + i + ",retail\n");
                }
            }
            long read = Long.MAX_VALUE;
            for (int round = 0; round < 3; round++) {
                long start = System.nanoTime();
                long rows = 0;
                for (RecipientRow row : RecipientCsv.open(file).rows()) {
                    rows += row.cells().size() > 0 ? 1 : 0;
                }
                if (rows != ROWS) {
                    throw new IllegalStateException(rows + " rows read");
                }
                read = Math.min(read, System.nanoTime() - start);
            }
            long imported = Long.MAX_VALUE;
            for (int round = 0; round < 3; round++) {
                try (AppContext context = new AppContextFactory(Clock.systemUTC(), new Actor("benchmark"))
                        .create(dir.resolve("ws" + round), false)) {
                    CaseReference ref = context.cases().open(CaseDetails.builder().title("Benchmark")
                            .awareAt(Clock.systemUTC().instant().minusSeconds(3600)).build()).reference();
                    long start = System.nanoTime();
                    RecipientService.Imported result = context.recipients().importRecipients(ref,
                            RecipientCsv.open(file), false);
                    imported = Math.min(imported, System.nanoTime() - start);
                    if (result.imported() != ROWS) {
                        throw new IllegalStateException(result.imported() + " imported");
                    }
                }
            }
            System.out.printf(Locale.ROOT, "%n%,d recipients (%d KB of CSV), heap at most %d MB%n", ROWS,
                    Files.size(file) >> 10, Runtime.getRuntime().maxMemory() >> 20);
            System.out.printf(Locale.ROOT, "reading the rows alone (UTF-8 check, hash, CSV): %.2f s%n", read / 1e9);
            System.out.printf(Locale.ROOT, "import (checked twice: whole file first, then stored in one transaction):"
                    + " %.2f s (goal: under 5 s); %.1f× reading alone%n", imported / 1e9, (double) imported / read);
            System.out.printf(Locale.ROOT, "peak resident memory of the process: %s%n", peakRss());
        } finally {
            try (var paths = Files.walk(dir)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    private static String peakRss() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM"))
                    .map(l -> l.replace("VmHWM:", "").strip()).findFirst().orElse("unknown");
        } catch (java.io.IOException e) {
            return "unknown (no /proc)";
        }
    }
}
