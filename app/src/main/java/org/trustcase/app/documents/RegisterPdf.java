package org.trustcase.app.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The breach register of a period as a PDF: a title with the period, then one block per case with every column of the
 * register that holds a value; pages marked confidential and numbered. Rows are added as the register is read; the
 * document spills to a temporary file beyond a few megabytes.
 */
public final class RegisterPdf implements java.io.Closeable {
    private static final long MEMORY = 16L << 20;
    private final DocumentLanguage language;
    private final PDDocument document;
    private final PdfPages pages;

    public RegisterPdf(DocumentLanguage language, Instant from, Instant to) {
        this.language = language;
        this.document = new PDDocument(MemoryUsageSetting.setupMixed(MEMORY).streamCache);
        DocumentFonts fonts = DocumentFonts.get();
        this.pages = new PdfPages(document, fonts, fonts.load(document), language.word("breachregister.footer"),
                language.word("summary.page"));
        pages.text(language.word("breachregister.title"), true, 16, 0);
        pages.text(language.word("breachregister.period", language.date(from), language.date(to.minusSeconds(1))), false,
                10.5f, 0);
        pages.gap(8);
    }

    /**
     * One case's block: its first two values (reference and title) as its heading, then each column with a value.
     *
     * @param names  the register's column names
     * @param values the case's values in those columns
     */
    public void add(List<String> names, List<String> values) {
        pages.gap(6);
        pages.text(values.get(0) + " \u2014 " + values.get(1), true, 10.5f, 0);
        for (int c = 2; c < values.size(); c++) {
            if (!values.get(c).isEmpty()) {
                pages.text(names.get(c) + ": " + values.get(c), false, 8.5f, 10);
            }
        }
    }

    /** Numbers the pages and writes the document. */
    public void finish(OutputStream out) {
        try {
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
