package org.trustcase.app.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

class EvidenceTextExtractorTest {
    private final EvidenceTextExtractor extractor = new EvidenceTextExtractor();

    @Test
    void aPdfsTextLayerIsRead() throws Exception {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(72, 700);
                text.showText("Recall report: 86 mailboxes received the payroll file");
                text.endText();
            }
            document.save(pdf);
        }
        assertThat(extractor.text(new ByteArrayInputStream(pdf.toByteArray()), "application/pdf", "recall.pdf"))
                .hasValueSatisfying(text -> assertThat(text).contains("86 mailboxes received the payroll file"));
    }

    @Test
    void plainTextIsReadAsUtf8AndOtherKindsGiveNothing() throws Exception {
        assertThat(extractor.text(new ByteArrayInputStream("Zażółć gęślą jaźń".getBytes(StandardCharsets.UTF_8)),
                "text/plain", "note.txt")).contains("Zażółć gęślą jaźń");
        assertThat(extractor.text(new ByteArrayInputStream(new byte[] {1, 2, 3}), "image/png", "photo.png")).isEmpty();
    }
}
