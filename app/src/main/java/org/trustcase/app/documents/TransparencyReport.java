package org.trustcase.app.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.trustcase.model.cases.BreachCause;
import org.trustcase.model.cases.BreachType;
import org.trustcase.model.reports.TransparencyFigures;

/**
 * A year's transparency report, to publish: the figures alone, with no personal data, as CSV ({@code figure,value},
 * names stable for those who compare years) or as a one-page PDF in words.
 */
public final class TransparencyReport {
    private final TransparencyFigures figures;

    public TransparencyReport(TransparencyFigures figures) {
        this.figures = figures;
    }

    /** The figures by their stable names, in the report's order. */
    public Map<String, String> figures() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("year", Integer.toString(figures.year()));
        out.put("cases", Long.toString(figures.cases()));
        out.put("breaches", Long.toString(figures.breaches()));
        out.put("not_breaches", Long.toString(figures.notBreaches()));
        for (BreachType type : BreachType.values()) {
            out.put("breaches_" + type.code().replace('-', '_'), Long.toString(figures.byType().getOrDefault(type,
                    0L)));
        }
        for (BreachCause cause : BreachCause.values()) {
            out.put("cause_" + cause.code().replace('-', '_'), Long.toString(figures.byCause().getOrDefault(cause,
                    0L)));
        }
        out.put("authority_notified", Long.toString(figures.authorityNotified()));
        out.put("authority_notified_within_72h", Long.toString(figures.notifiedWithin72Hours()));
        out.put("median_hours_to_notify", figures.medianHoursToNotify() == null ? ""
                : String.format(Locale.ROOT, "%.1f", figures.medianHoursToNotify()));
        out.put("subjects_told", Long.toString(figures.subjectsTold()));
        return out;
    }

    public void csv(OutputStream out) throws IOException {
        CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.RFC4180);
        csv.printRecord("figure", "value");
        for (Map.Entry<String, String> figure : figures().entrySet()) {
            csv.printRecord(figure.getKey(), figure.getValue());
        }
        csv.flush();
    }

    public void pdf(DocumentLanguage language, OutputStream out) {
        DocumentFonts fonts = DocumentFonts.get();
        try (PDDocument document = new PDDocument()) {
            PdfPages pages = new PdfPages(document, fonts, fonts.load(document),
                    language.word("transparency.footer", figures.year()), language.word("summary.page"));
            pages.text(language.word("transparency.title", figures.year()), true, 16, 0);
            pages.gap(4);
            pages.text(language.word("transparency.intro"), false, 10, 0);
            pages.gap(10);
            pages.text(language.word("transparency.cases", figures.cases(), figures.breaches(),
                    figures.notBreaches()), false, 11, 0);
            pages.gap(8);
            pages.text(language.word("transparency.by-type"), true, 11, 0);
            for (BreachType type : BreachType.values()) {
                pages.text(language.label(type) + ": " + figures.byType().getOrDefault(type, 0L), false, 10.5f, 12);
            }
            pages.gap(8);
            pages.text(language.word("transparency.by-cause"), true, 11, 0);
            for (BreachCause cause : BreachCause.values()) {
                pages.text(language.label(cause) + ": " + figures.byCause().getOrDefault(cause, 0L), false, 10.5f,
                        12);
            }
            pages.gap(8);
            pages.text(language.word("transparency.notified", figures.authorityNotified(),
                    figures.notifiedWithin72Hours()), false, 10.5f, 0);
            pages.text(figures.medianHoursToNotify() == null ? language.word("transparency.median-none")
                    : language.word("transparency.median", String.format(language.locale(), "%.1f",
                            figures.medianHoursToNotify())), false, 10.5f, 0);
            pages.text(language.word("transparency.told", figures.subjectsTold()), false, 10.5f, 0);
            pages.finish();
            document.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
