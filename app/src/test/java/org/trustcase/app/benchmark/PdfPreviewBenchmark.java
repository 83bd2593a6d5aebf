package org.trustcase.app.benchmark;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.trustcase.app.AppContext;
import org.trustcase.app.bootstrap.AppContextFactory;
import org.trustcase.app.preview.Preview;
import org.trustcase.app.preview.PreviewLoader;
import org.trustcase.model.cases.CaseDetails;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.common.Actor;
import org.trustcase.model.evidence.EvidenceItem;

/**
 * Opening the preview of a 500-page PDF (text and a scanned picture of its own on every page): what the user waits for
 * after choosing the item, i.e. the file checked against its hash, the view recorded, and the first page rendered for
 * a 900-pixel-wide pane. Compared in the same run with the same steps on a PDF of one such page (the baseline: a
 * 500-page file should cost little more), and with rendering its last page. Not a test: run with
 * {@code mvn -Pevidence-benchmark -pl app -am verify -DskipTests}.
 */
public final class PdfPreviewBenchmark {
    private static final int PAGES = 500;
    private static final int WIDTH = 900;

    private PdfPreviewBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        Path dir = Files.createTempDirectory("trustcase-pdf-benchmark-");
        try (AppContext context = new AppContextFactory(Clock.systemUTC(), new Actor("benchmark"))
                .create(dir.resolve("ws"), false)) {
            CaseReference ref = context.cases().open(CaseDetails.builder().title("Benchmark")
                    .awareAt(Clock.systemUTC().instant().minusSeconds(3600)).build()).reference();
            EvidenceItem many = add(context, ref, pdf(dir.resolve("many.pdf"), PAGES));
            EvidenceItem one = add(context, ref, pdf(dir.resolve("one.pdf"), 1));
            PreviewLoader loader = new PreviewLoader();
            // the first opening in a fresh JVM loads PDFBox's classes and fonts: what the first click of a day costs
            long cold = open(context, loader, many, 1);
            long[] manyTimes = new long[7];
            long[] oneTimes = new long[7];
            long[] lastTimes = new long[7];
            for (int i = 0; i < manyTimes.length; i++) {
                oneTimes[i] = open(context, loader, one, 1);
                manyTimes[i] = open(context, loader, many, 1);
                long start = System.nanoTime();
                Preview last = loader.load(context.evidenceFiles().stored(many.sha256()), many.mediaType(), "many.pdf", PAGES,
                        WIDTH);
                lastTimes[i] = System.nanoTime() - start;
                if (!(last instanceof Preview.Raster raster) || raster.page() != PAGES) {
                    throw new IllegalStateException("the last page was not rendered: " + last);
                }
            }
            double manyMs = median(manyTimes) / 1e6;
            double oneMs = median(oneTimes) / 1e6;
            System.out.printf(Locale.ROOT, "%n%d-page PDF of %d KB, heap at most %d MB%n", PAGES,
                    Files.size(dir.resolve("many.pdf")) >> 10, Runtime.getRuntime().maxMemory() >> 20);
            System.out.printf(Locale.ROOT, "first page (check, record the view, render at %d px): first in the JVM %.0f ms;"
                    + " then median %.0f ms (goal: under 1000 ms)%n", WIDTH, cold / 1e6, manyMs);
            System.out.printf(Locale.ROOT, "the same for a 1-page PDF (baseline): median %.0f ms; ratio %.2f×%n", oneMs,
                    manyMs / oneMs);
            System.out.printf(Locale.ROOT, "page %d alone: median %.0f ms%n", PAGES, median(lastTimes) / 1e6);
        } finally {
            try (var paths = Files.walk(dir)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    path.toFile().setWritable(true);
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    private static EvidenceItem add(AppContext context, CaseReference ref, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return context.evidence().add(ref, in, file.getFileName().toString(), null, null, bytes -> true).item();
        }
    }

    /** What choosing the item costs: the check and the recorded view, then the first page. */
    private static long open(AppContext context, PreviewLoader loader, EvidenceItem item, int page) {
        long start = System.nanoTime();
        if (!context.evidence().view(item.id(), null).matches()) {
            throw new IllegalStateException("the file does not match");
        }
        Preview preview = loader.load(context.evidenceFiles().stored(item.sha256()), item.mediaType(), item.originalName(),
                page, WIDTH);
        long took = System.nanoTime() - start;
        if (!(preview instanceof Preview.Raster)) {
            throw new IllegalStateException("no page was rendered: " + preview);
        }
        return took;
    }

    private static double median(long[] times) {
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static Path pdf(Path target, int pages) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int p = 1; p <= pages; p++) {
                BufferedImage scan = new BufferedImage(800, 300, BufferedImage.TYPE_INT_RGB);
                for (int y = 0; y < 300; y++) {
                    for (int x = 0; x < 800; x++) {
                        scan.setRGB(x, y, (x * 7 + y * 13 + p) % 256 << 16 | (x ^ (y + p)) % 256 << 8 | 200);
                    }
                }
                PDImageXObject image = JPEGFactory.createFromImage(document, scan, 0.8f);
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(image, 72, 620, 450, 170);
                    content.beginText();
                    content.setFont(font, 10);
                    content.setLeading(14);
                    content.newLineAtOffset(72, 600);
                    for (int line = 0; line < 36; line++) {
                        content.showText("Page " + p + ", line " + line
                                + ": the customer's records were sent to the wrong address on 30 November.");
                        content.newLine();
                    }
                    content.endText();
                }
            }
            document.save(target.toFile());
        }
        return target;
    }
}
