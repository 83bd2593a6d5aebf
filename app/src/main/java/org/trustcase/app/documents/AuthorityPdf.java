package org.trustcase.app.documents;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/** The authority's notification as a PDF in the form's order, for a letter or an upload. */
public final class AuthorityPdf {
    private AuthorityPdf() {
    }

    public static void write(AuthorityForm form, DocumentLanguage words, String caseReference, OutputStream out)
            throws IOException {
        DocumentFonts fonts = DocumentFonts.get();
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(form.title() + " — " + caseReference);
            info.setCreator("Trustcase");
            PdfPages pages = new PdfPages(document, fonts, fonts.load(document), caseReference,
                    words.word("letter.page"));
            pages.text(form.title(), true, 15, 0);
            pages.gap(8);
            for (AuthorityForm.Item item : form.heading()) {
                pages.text(item.label() + ": " + item.value(), false, 10, 0);
            }
            int number = 1;
            for (AuthorityForm.Section section : form.sections()) {
                pages.gap(12);
                pages.text(number++ + ". " + section.title(), true, 11.5f, 0);
                pages.gap(3);
                for (AuthorityForm.Item item : section.items()) {
                    if (!item.label().isEmpty()) {
                        pages.text(item.label(), true, 9.5f, 12);
                    }
                    pages.text(item.value(), false, 10, 12);
                    pages.gap(2);
                }
            }
            pages.finish();
            document.save(out);
        }
    }
}
