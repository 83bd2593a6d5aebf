package org.trustcase.app.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.trustcase.model.assessment.Art34Exception;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.BreachType;
import org.trustcase.model.cases.CaseDetails;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.reports.RegisterRow;
import org.trustcase.model.severity.SeverityBand;

/** The register's PDF: a landscape table worded in the document's language, its heading on every page. */
class RegisterPdfTest {
    private static final Instant AWARE = Instant.parse("2026-03-02T09:30:00Z");

    private static RegisterRow row(int number, String consequences, Instant authorityAt, Art34Exception exception) {
        CaseDetails details = CaseDetails.builder().title("Breach number " + number).awareAt(AWARE)
                .breachTypes(Set.of(BreachType.CONFIDENTIALITY)).approxSubjects(120L).build();
        BreachCase c = new BreachCase(number, CaseReference.parse(String.format("TC-2026-%04d", number)), details,
                CaseStatus.NOTIFYING, null, 1, AWARE, AWARE);
        return new RegisterRow(c, consequences, authorityAt, authorityAt == null ? null : "ZSPU.123", null,
                authorityAt == null ? null : true, null, null, exception == null ? null : false, exception,
                SeverityBand.HIGH);
    }

    private static byte[] write(DocumentLanguage language, RegisterRow... rows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RegisterPdf pdf = new RegisterPdf(language, Instant.parse("2026-03-01T00:00:00Z"),
                Instant.parse("2026-04-01T00:00:00Z"))) {
            for (RegisterRow row : rows) {
                pdf.add(row);
            }
            pdf.finish(out);
        }
        return out.toByteArray();
    }

    @Test
    void everyPageIsLandscapeAndStartsWithTheTablesHeading() throws Exception {
        RegisterRow[] rows = new RegisterRow[60];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = row(i + 1, i == 30 ? "Line of harm\n".repeat(90) + "The last line of harm" : "Phishing risk",
                    i % 2 == 0 ? AWARE.plusSeconds(86_400) : null, i % 2 == 0 ? null
                            : Art34Exception.UNINTELLIGIBLE);
        }
        byte[] bytes = write(DocumentLanguage.of("en", ZoneId.of("Europe/Warsaw")), rows);

        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(2);
            PDFTextStripper text = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                PDPage sheet = document.getPage(page - 1);
                assertThat(sheet.getMediaBox().getWidth()).isGreaterThan(sheet.getMediaBox().getHeight());
                text.setStartPage(page);
                text.setEndPage(page);
                assertThat(text.getText(document)).as("page %d", page).contains("Supervisory",
                        "People concerned", "Page " + page + " of " + document.getNumberOfPages());
            }
            text.setStartPage(1);
            text.setEndPage(document.getNumberOfPages());
            String all = text.getText(document);
            assertThat(all).contains("Times in Europe/Warsaw", "TC-2026-0001", "TC-2026-0060", "Severity: High",
                    "Aware 2 Mar 2026, 10:30", "Notified 3 Mar 2026,", "Reference: ZSPU.123",
                    "Not told: Art. 34(3)(a)", "The last line of harm", "Confidentiality", "120 people");
        }
    }

    @Test
    void aPolishRegisterIsWordedInPolish() throws Exception {
        byte[] bytes = write(DocumentLanguage.of("pl", ZoneId.of("Europe/Warsaw")), row(1, "Ryzyko", null, null));
        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Rejestr naruszeń", "Organ nadzorczy",
                    "Osoby, których", "Brak decyzji", "Waga: Wysoka");
        }
    }
}
