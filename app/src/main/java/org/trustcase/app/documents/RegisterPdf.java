package org.trustcase.app.documents;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.trustcase.model.cases.CaseDetails;
import org.trustcase.model.common.Coded;
import org.trustcase.model.reports.RegisterRow;

/**
 * The breach register of a period as a PDF to hand to the authority: landscape A4 pages holding a table with a row per
 * case, worded in the document's language, its columns grouping the register's (GDPR Art. 33(5)): the case, when, what
 * happened, the data and people, the consequences, the measures, the authority, the people concerned. The heading
 * repeats on every page; pages are marked confidential and numbered. Rows are added as the register is read; the
 * document spills to a temporary file beyond a few megabytes.
 */
public final class RegisterPdf implements Closeable {
    private static final long MEMORY = 16L << 20;
    private static final float SIZE = 7.5f;
    /** The columns' shares of the table's width. */
    private static final float[] SHARES = {13, 14.5f, 9.5f, 13.5f, 12.5f, 12.5f, 12.5f, 12};
    private static final String[] HEADINGS = {"case", "when", "what", "data", "consequences", "measures", "authority",
        "subjects"};
    private final DocumentLanguage language;
    private final DateTimeFormatter moments;
    private final PDDocument document;
    private final PdfPages pages;
    private final float[] widths = new float[SHARES.length];

    public RegisterPdf(DocumentLanguage language, Instant from, Instant to) {
        this.language = Objects.requireNonNull(language, "language");
        this.moments = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(language.locale()).withZone(language.zone());
        this.document = new PDDocument(MemoryUsageSetting.setupMixed(MEMORY).streamCache);
        DocumentFonts fonts = DocumentFonts.get();
        this.pages = new PdfPages(document, fonts, fonts.load(document), language.word("breachregister.footer"),
                List.of(), language.word("summary.page"), true);
        float total = 0;
        for (float share : SHARES) {
            total += share;
        }
        for (int c = 0; c < SHARES.length; c++) {
            widths[c] = pages.width() * SHARES[c] / total;
        }
        pages.text(language.word("breachregister.title"), true, 14, 0);
        pages.text(language.word("breachregister.period", language.date(from), language.date(to.minusSeconds(1))), false,
                9.5f, 0);
        pages.text(language.word("breachregister.zone", language.zone().getId()), false, 8, 0);
        pages.gap(6);
        List<String> heading = new ArrayList<>();
        for (String column : HEADINGS) {
            heading.add(language.word("breachregister.column." + column));
        }
        pages.table(() -> pages.row(heading, widths, true, SIZE));
    }

    /** The case's row. */
    public void add(RegisterRow row) {
        CaseDetails d = row.breachCase().details();
        List<String> cells = new ArrayList<>(SHARES.length);
        cells.add(lines(row.breachCase().reference().toString(), d.title(), label(row.breachCase().status()),
                row.band() == null ? null : language.word("breachregister.severity", label(row.band()))));
        cells.add(lines(dated("occurred", d.occurredFrom() == null ? null : d.occurredTo() == null
                        || d.occurredTo().equals(d.occurredFrom()) ? moment(d.occurredFrom())
                        : language.word("value.interval", moment(d.occurredFrom()), moment(d.occurredTo()))),
                dated("detected", moment(d.detectedAt())), dated("aware", moment(d.awareAt())),
                dated("contained", moment(d.containedAt()))));
        cells.add(lines(labels(d.breachTypes()), d.cause() == null ? null
                : language.word("breachregister.cause", label(d.cause()))));
        cells.add(lines(labels(d.dataCategories()), labels(d.subjectCategories()), numbers(d)));
        cells.add(row.consequences());
        cells.add(d.remedialActions());
        cells.add(authority(row));
        cells.add(subjects(row));
        pages.row(cells, widths, false, SIZE);
    }

    private String authority(RegisterRow row) {
        if (row.authorityAt() != null) {
            return lines(language.word("breachregister.notified-at", moment(row.authorityAt())),
                    row.authorityReference() == null ? null
                            : language.word("breachregister.authority-reference", row.authorityReference()),
                    row.authorityLateReason() == null ? null
                            : language.word("breachregister.late-reason", row.authorityLateReason()));
        }
        return undecidedOr(row.notifyAuthority(), "breachregister.not-notified");
    }

    private String subjects(RegisterRow row) {
        if (row.subjectsAt() != null) {
            return lines(language.word("breachregister.notified-at", moment(row.subjectsAt())),
                    row.subjectsHow() == null ? null : language.word("breachregister.how", row.subjectsHow()));
        }
        if (row.exception() != null) {
            return language.word("breachregister.exception", label(row.exception()));
        }
        return undecidedOr(row.notifySubjects(), "breachregister.not-notified");
    }

    /** Not yet decided, decided and not done yet, or decided against ({@code no}). */
    private String undecidedOr(Boolean decided, String no) {
        if (decided == null) {
            return language.word("breachregister.undecided");
        }
        return language.word(decided ? "breachregister.pending" : no);
    }

    private String numbers(CaseDetails d) {
        if (d.approxSubjects() == null && d.approxRecords() == null) {
            return null;
        }
        return language.word("summary.fact.numbers.value", d.approxSubjects() == null ? "?" : d.approxSubjects(),
                d.approxRecords() == null ? "?" : d.approxRecords());
    }

    private String dated(String which, String when) {
        return when == null ? null : language.word("breachregister.at." + which, when);
    }

    private String moment(Instant at) {
        return at == null ? null : moments.format(at);
    }

    private String label(Coded value) {
        return language.label(value);
    }

    private String labels(Collection<? extends Coded> values) {
        return values.isEmpty() ? null : values.stream().map(this::label).sorted().collect(Collectors.joining(", "));
    }

    /** The values that are there, a line each. */
    private static String lines(String... values) {
        List<String> kept = new ArrayList<>();
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                kept.add(value);
            }
        }
        return String.join("\n", kept);
    }

    /** Numbers the pages and writes the document. */
    public void finish(OutputStream out) {
        try {
            pages.endTable();
            pages.finish();
            document.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lets the document go, with its scratch file, whether it was written or the register failed to be read. */
    @Override
    public void close() throws IOException {
        document.close();
    }
}
