package org.trustcase.app.benchmark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.trustcase.app.AppContext;
import org.trustcase.app.bootstrap.AppContextFactory;
import org.trustcase.app.documents.CaseSummaryPdf;
import org.trustcase.app.documents.DocumentLanguage;
import org.trustcase.model.cases.CaseDetails;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.Jurisdiction;
import org.trustcase.model.common.Actor;
import org.trustcase.model.evidence.Annotation;
import org.trustcase.model.reports.CaseSummary;
import org.trustcase.model.timeline.Confidence;

/**
 * Making a case's summary PDF (the record read in one transaction, then written with embedded fonts) for a case with
 * 200 lines on its timeline and 50 evidence items, warm, against a baseline measured in the same run: a one-page PDF
 * with the same fonts and a line of text. Reports the median and 95th percentile and their ratios to the baseline.
 * Not a test: run with {@code mvn -Preport-benchmark -pl app -am verify -DskipTests}.
 */
public final class CaseSummaryBenchmark {
    private static final int ITEMS = 50;
    private static final int WARM_UP = 15;
    private static final int RUNS = 40;

    private CaseSummaryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("trustcase-summary-benchmark-");
        Clock clock = Clock.systemUTC();
        try (AppContext context = new AppContextFactory(clock, new Actor("benchmark")).create(dir.resolve("ws"),
                false)) {
            Instant aware = clock.instant().minus(Duration.ofDays(2));
            CaseReference ref = context.cases().open(CaseDetails.builder()
                    .title("Ransomware on the Gdańsk file server").summary("Files encrypted; a ransom note left.")
                    .jurisdictions(List.of(new Jurisdiction("PL"))).awareAt(aware).build()).reference();
            for (int i = 0; i < ITEMS; i++) {
                long item = context.evidence().add(ref, new ByteArrayInputStream(("log " + i).getBytes(
                        StandardCharsets.UTF_8)), "server-" + i + ".log", "SIEM", null, bytes -> true).item().id();
                context.evidence().annotate(item, "Login from 198.51.100." + i, new Annotation.Whole(), List.of(),
                        i % 5 == 0);
            }
            // each item's addition and annotation is a line already: past events and notes make up the rest
            int lines = context.timeline().timeline(ref).size();
            for (int i = 0; lines < 200; i++, lines++) {
                if (i % 2 == 0) {
                    context.timeline().addEvent(ref, aware.minus(Duration.ofHours(i + 1)), "Attacker step " + i,
                            "EDR", Confidence.PROBABLE);
                } else {
                    context.notes().add(ref, "Finding " + i + ": the **backup** server was reachable.", List.of());
                }
            }
            DocumentLanguage language = DocumentLanguage.of("en", java.time.ZoneId.of("Europe/Warsaw"));
            CaseSummaryPdf pdf = new CaseSummaryPdf(language);
            long[] summary = new long[RUNS];
            long[] baseline = new long[RUNS];
            int pages = 0;
            for (int round = -WARM_UP; round < RUNS; round++) {
                long start = System.nanoTime();
                ByteArrayOutputStream bare = new ByteArrayOutputStream();
                Baseline.write(bare);
                long bareTime = System.nanoTime() - start;
                start = System.nanoTime();
                CaseSummary read = context.reports().caseSummary(ref, false);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                pdf.write(read, "intact", out);
                long took = System.nanoTime() - start;
                if (round >= 0) {
                    summary[round] = took;
                    baseline[round] = bareTime;
                }
                if (round == RUNS - 1) {
                    try (var document = org.apache.pdfbox.Loader.loadPDF(out.toByteArray())) {
                        pages = document.getNumberOfPages();
                    }
                    if (read.timeline().size() < 200 || read.evidence().size() != ITEMS) {
                        throw new IllegalStateException("the case holds " + read.timeline().size() + " lines and "
                                + read.evidence().size() + " items");
                    }
                }
            }
            Arrays.sort(summary);
            Arrays.sort(baseline);
            double median = summary[RUNS / 2] / 1e6;
            double p95 = summary[(int) Math.ceil(RUNS * 0.95) - 1] / 1e6;
            double bareMedian = baseline[RUNS / 2] / 1e6;
            System.out.printf(Locale.ROOT, "case summary, %d timeline lines, %d evidence items, %d pages:%n", lines,
                    ITEMS, pages);
            System.out.printf(Locale.ROOT, "  baseline (a one-page PDF, same fonts): median %.1f ms%n", bareMedian);
            System.out.printf(Locale.ROOT, "  summary: median %.1f ms (%.1fx baseline), p95 %.1f ms (%.1fx); goal:"
                    + " under 300 ms warm%n", median, median / bareMedian, p95, p95 / bareMedian);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** A one-page PDF with the summary's fonts embedded and one line of text: what any document costs. */
    private static final class Baseline {
        static void write(ByteArrayOutputStream out) throws java.io.IOException {
            org.trustcase.app.documents.DocumentFonts fonts = org.trustcase.app.documents.DocumentFonts.get();
            try (var document = new org.apache.pdfbox.pdmodel.PDDocument()) {
                var faces = fonts.load(document);
                var page = new org.apache.pdfbox.pdmodel.PDPage();
                document.addPage(page);
                try (var text = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
                    text.beginText();
                    text.setFont(faces.regular(), 11);
                    text.newLineAtOffset(72, 700);
                    text.showText("Case summary · TC-2026-0001 · zażółć");
                    text.endText();
                    text.setFont(faces.bold(), 11);
                }
                document.save(out);
            }
        }
    }
}
