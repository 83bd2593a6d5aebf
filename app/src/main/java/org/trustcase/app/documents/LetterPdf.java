package org.trustcase.app.documents;

import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * One letter on its own pages of a PDF: the organisation's letterhead, the date, the recipient's name and postal
 * address, the subject in bold, and the body, whose short lines standing alone between paragraphs (the templates'
 * "What happened", "What you can do"…) are set as headings.
 */
public final class LetterPdf {
    private LetterPdf() {
    }

    /** A letter's merged words. */
    public record Letter(String organisation, String organisationAddress, String date, String recipientName,
            String recipientAddress, String subject, String body, String caseReference) {
    }

    public static void append(PDDocument document, DocumentFonts fonts, DocumentFonts.Loaded faces, Letter letter,
            DocumentLanguage words) {
        PdfPages pages = new PdfPages(document, fonts, faces, letter.caseReference(), words.word("letter.page"));
        if (!letter.organisation().isBlank()) {
            pages.text(letter.organisation(), true, 12, 0);
        }
        if (!letter.organisationAddress().isBlank()) {
            pages.text(letter.organisationAddress(), false, 9, 0);
        }
        pages.gap(14);
        pages.right(letter.date(), 10);
        pages.gap(10);
        pages.text(letter.recipientName(), false, 10.5f, 0);
        if (letter.recipientAddress() != null && !letter.recipientAddress().isBlank()) {
            pages.text(letter.recipientAddress(), false, 10.5f, 0);
        }
        pages.gap(22);
        pages.text(letter.subject(), true, 11.5f, 0);
        pages.gap(10);
        String[] lines = letter.body().replace("\r\n", "\n").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            boolean heading = isHeading(lines, i);
            if (heading) {
                pages.gap(4);
            }
            pages.text(lines[i], heading, 10.5f, 0);
        }
        pages.finish();
    }

    /** A short line after a blank one, followed by text, ending without punctuation. */
    static boolean isHeading(String[] lines, int i) {
        String line = lines[i].strip();
        return !line.isEmpty() && line.length() <= 60 && (i == 0 || lines[i - 1].isBlank())
                && i + 1 < lines.length && !lines[i + 1].isBlank()
                && !line.matches(".*[.,:;!?)]$") && !line.contains("{{");
    }
}
