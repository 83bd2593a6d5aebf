package org.trustcase.app.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Writes one document (a letter, a form) as A4 pages of a PDF, which may hold others before and after it: lines
 * wrapped to the width, new pages as needed, and each page of this document footed with its page number of the
 * document's count and an optional left-hand note (the case reference).
 */
final class PdfPages {
    private static final float PORTRAIT_MARGIN = 64;
    private static final float LANDSCAPE_MARGIN = 36;
    private final PDRectangle size;
    private final float margin;
    private final float width;
    private final PDDocument document;
    private final DocumentFonts fonts;
    private final DocumentFonts.Loaded faces;
    private final String footer;
    private final List<String> moreFooter;
    private final String pageWord;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream content;
    private float y;
    /** Writes a table's heading at the top of each new page, while a table is being written. */
    private Runnable tableHeading;
    private boolean writingHeading;

    /** @param pageWord the pattern of the page number, {@code Page {0} of {1}} in the document's language */
    PdfPages(PDDocument document, DocumentFonts fonts, DocumentFonts.Loaded faces, String footer, String pageWord) {
        this(document, fonts, faces, footer, List.of(), pageWord);
    }

    /** @param moreFooter lines under the footer on every page (a report's proof of its record), at most two */
    PdfPages(PDDocument document, DocumentFonts fonts, DocumentFonts.Loaded faces, String footer,
            List<String> moreFooter, String pageWord) {
        this(document, fonts, faces, footer, moreFooter, pageWord, false);
    }

    /** @param landscape A4 turned on its side, with narrower margins (a wide table) */
    PdfPages(PDDocument document, DocumentFonts fonts, DocumentFonts.Loaded faces, String footer,
            List<String> moreFooter, String pageWord, boolean landscape) {
        this.size = landscape ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth())
                : PDRectangle.A4;
        this.margin = landscape ? LANDSCAPE_MARGIN : PORTRAIT_MARGIN;
        this.width = size.getWidth() - 2 * margin;
        this.document = document;
        this.fonts = fonts;
        this.faces = faces;
        this.footer = footer == null ? "" : footer;
        this.moreFooter = List.copyOf(moreFooter);
        this.pageWord = pageWord;
    }

    /** Ends the page: what follows starts on a new one. */
    void pageBreak() {
        if (content != null) {
            y = margin - 1;
        }
    }

    /** The width lines are written in, between the margins. */
    float width() {
        return width;
    }

    /**
     * Starts a table: {@code heading} (which writes the heading row) is written now and again at the top of every page
     * the table goes on to, until {@link #endTable()}.
     */
    void table(Runnable heading) {
        tableHeading = heading;
        writingHeading = true;
        try {
            heading.run();
        } finally {
            writingHeading = false;
        }
    }

    void endTable() {
        tableHeading = null;
    }

    /**
     * A row of a table: each cell's lines wrapped to its column's width, the cells side by side and top-aligned, a thin
     * rule under the row. A row that does not fit the rest of the page starts a new one; a row taller than a page goes
     * on over the next, line by line.
     */
    void row(List<String> cells, float[] widths, boolean bold, float size) {
        PDFont font = bold ? faces.bold() : faces.regular();
        float leading = size * 1.3f;
        float pad = 3;
        List<List<String>> wrapped = new ArrayList<>();
        int lines = 1;
        for (int c = 0; c < cells.size(); c++) {
            List<String> cell = new ArrayList<>();
            String text = cells.get(c) == null ? "" : cells.get(c);
            for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
                cell.addAll(wrap(fonts.drawable(line), font, size, widths[c] - 2 * pad));
            }
            wrapped.add(cell);
            lines = Math.max(lines, cell.size());
        }
        float height = lines * leading + 2 * pad;
        if (content == null || (y - height < margin && !atTableTop())) {
            newPage();
        }
        y -= pad;
        for (int line = 0; line < lines; line++) {
            room(leading);
            float x = margin;
            for (int c = 0; c < wrapped.size(); c++) {
                if (line < wrapped.get(c).size()) {
                    write(wrapped.get(c).get(line), font, size, x + pad, y);
                }
                x += widths[c];
            }
            y -= leading;
        }
        y -= pad;
        try {
            content.setLineWidth(bold ? 0.8f : 0.3f);
            content.moveTo(margin, y);
            content.lineTo(margin + width, y);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether nothing but the table's heading is on this page yet (a row too tall for it would not fit any other). */
    private boolean atTableTop() {
        return headingBottom != null && y >= headingBottom;
    }

    /** Where the heading written on this page ends, while a table is being written. */
    private Float headingBottom;

    /** A block of text: its lines kept, each wrapped to the width (less {@code indent}). */
    void text(String text, boolean bold, float size, float indent) {
        PDFont font = bold ? faces.bold() : faces.regular();
        float leading = size * 1.35f;
        for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            List<String> wrapped = wrap(fonts.drawable(line), font, size, width - indent);
            for (String part : wrapped) {
                room(leading);
                write(part, font, size, margin + indent, y);
                y -= leading;
            }
        }
    }

    /** Text set to the right margin, one line (a date). */
    void right(String text, float size) {
        String drawable = fonts.drawable(text);
        float leading = size * 1.35f;
        room(leading);
        write(drawable, faces.regular(), size, margin + width - width(drawable, faces.regular(), size), y);
        y -= leading;
    }

    void gap(float points) {
        if (content != null) {
            y -= points;
        }
    }

    /** Ends the document: numbers its pages ({@code Page 1 of 2}) and closes the last one. */
    void finish() {
        try {
            if (content == null) {
                newPage();
            }
            content.close();
            content = null;
            for (int i = 0; i < pages.size(); i++) {
                try (PDPageContentStream foot = new PDPageContentStream(document, pages.get(i),
                        PDPageContentStream.AppendMode.APPEND, true)) {
                    String number = java.text.MessageFormat.format(pageWord, i + 1, pages.size());
                    float footY = Math.max(margin / 2, 11 * (moreFooter.size() + 1));
                    footLine(foot, fonts.drawable(footer), margin, footY);
                    footLine(foot, number, margin + width - width(number, faces.regular(), 8), footY);
                    for (int line = 0; line < moreFooter.size(); line++) {
                        footLine(foot, fonts.drawable(moreFooter.get(line)), margin, footY - 11 * (line + 1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void footLine(PDPageContentStream foot, String text, float x, float atY) throws IOException {
        foot.beginText();
        foot.setFont(faces.regular(), 8);
        foot.newLineAtOffset(x, atY);
        foot.showText(text);
        foot.endText();
    }

    private void room(float leading) {
        if (content == null || y - leading < margin) {
            newPage();
        }
    }

    private void newPage() {
        try {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(size);
            document.addPage(page);
            pages.add(page);
            content = new PDPageContentStream(document, page);
            y = size.getHeight() - margin;
            headingBottom = null;
            if (tableHeading != null && !writingHeading) {
                writingHeading = true;
                try {
                    tableHeading.run();
                } finally {
                    writingHeading = false;
                }
                headingBottom = y;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(String text, PDFont font, float size, float x, float atY) {
        if (text.isEmpty()) {
            return;
        }
        try {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, atY - size);
            content.showText(text);
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static float width(String text, PDFont font, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The line broken at spaces to fit {@code width}; a word longer than the width is broken where it must be. */
    private static List<String> wrap(String line, PDFont font, float size, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : line.split(" ", -1)) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (width(candidate, font, size) <= width) {
                current.setLength(0);
                current.append(candidate);
                continue;
            }
            if (!current.isEmpty()) {
                lines.add(current.toString());
                current.setLength(0);
            }
            String rest = word;
            while (width(rest, font, size) > width) {
                int cut = rest.length() - 1;
                while (cut > 1 && width(rest.substring(0, cut), font, size) > width) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            current.append(rest);
        }
        lines.add(current.toString());
        return lines;
    }
}
