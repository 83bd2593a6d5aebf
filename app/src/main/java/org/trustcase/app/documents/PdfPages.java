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
    private static final float MARGIN = 64;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private final PDDocument document;
    private final DocumentFonts fonts;
    private final DocumentFonts.Loaded faces;
    private final String footer;
    private final List<String> moreFooter;
    private final String pageWord;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream content;
    private float y;

    /** @param pageWord the pattern of the page number, {@code Page {0} of {1}} in the document's language */
    PdfPages(PDDocument document, DocumentFonts fonts, DocumentFonts.Loaded faces, String footer, String pageWord) {
        this(document, fonts, faces, footer, List.of(), pageWord);
    }

    /** @param moreFooter lines under the footer on every page (a report's proof of its record), at most two */
    PdfPages(PDDocument document, DocumentFonts fonts, DocumentFonts.Loaded faces, String footer,
            List<String> moreFooter, String pageWord) {
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
            y = MARGIN - 1;
        }
    }

    /** A block of text: its lines kept, each wrapped to the width (less {@code indent}). */
    void text(String text, boolean bold, float size, float indent) {
        PDFont font = bold ? faces.bold() : faces.regular();
        float leading = size * 1.35f;
        for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            List<String> wrapped = wrap(fonts.drawable(line), font, size, WIDTH - indent);
            for (String part : wrapped) {
                room(leading);
                write(part, font, size, MARGIN + indent, y);
                y -= leading;
            }
        }
    }

    /** Text set to the right margin, one line (a date). */
    void right(String text, float size) {
        String drawable = fonts.drawable(text);
        float leading = size * 1.35f;
        room(leading);
        write(drawable, faces.regular(), size, MARGIN + WIDTH - width(drawable, faces.regular(), size), y);
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
                    footLine(foot, fonts.drawable(footer), MARGIN, MARGIN / 2);
                    footLine(foot, number, MARGIN + WIDTH - width(number, faces.regular(), 8), MARGIN / 2);
                    for (int line = 0; line < moreFooter.size(); line++) {
                        footLine(foot, fonts.drawable(moreFooter.get(line)), MARGIN, MARGIN / 2 - 11 * (line + 1));
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
        if (content == null || y - leading < MARGIN) {
            newPage();
        }
    }

    private void newPage() {
        try {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            pages.add(page);
            content = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
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
