package org.trustcase.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustcase.app.register.RegisterColumns;

/**
 * The breach register on the command line: every column, one row per case of the period (a case of January left out),
 * in CSV, XLSX and PDF.
 */
class RegisterCommandsTest {
    @TempDir
    Path temp;
    CliRunner cli;
    String february;
    String march;

    @BeforeEach
    void casesInTwoMonths() {
        cli = new CliRunner(temp.resolve("ws"));
        assertThat(cli.run("workspace", "init").code()).isZero();
        february = cli.run("case", "new", "--title", "Zgubiony pendrive z listą płac", "--aware", "2026-02-20T10:00:00Z",
                "--jurisdiction", "PL").out().strip();
        march = cli.run("case", "new", "--title", "Phished mailbox", "--aware", "2026-03-30T10:00:00Z").out().strip();
        cli.run("case", "new", "--title", "Outside the period", "--aware", "2026-01-10T10:00:00Z");
    }

    private CliRunner.Result export(String format, Path out) {
        return cli.run("register", "export", "--from", "2026-02-01", "--to", "2026-03-31", "--format", format, "--out",
                out.toString());
    }

    @Test
    void theCsvHasEveryColumnAndOneRowPerCaseOfThePeriod() throws Exception {
        // the authority's clock met without the notification itself recorded: the register still says when
        assertThat(cli.run("deadlines", "meet", february, "GDPR-SA", "--at", "2026-02-21T10:00:00Z").code()).isZero();
        Path csv = temp.resolve("register.csv");
        CliRunner.Result made = export("csv", csv);
        assertThat(made.code()).as(made.err()).isZero();
        assertThat(made.out()).startsWith("2 cases written to ");

        try (Reader in = Files.newBufferedReader(csv)) {
            assertThat((char) in.read()).as("a byte order mark, for spreadsheet programs").isEqualTo('\uFEFF');
            List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(in).getRecords();
            assertThat(records.get(0).getParser().getHeaderNames()).containsExactlyElementsOf(RegisterColumns.NAMES)
                    .contains("reference", "occurred_from", "detected_at", "aware_at", "contained_at",
                            "breach_types", "data_categories", "subject_categories", "approx_subjects",
                            "consequences", "measures", "authority_notified_at", "authority_reference",
                            "authority_late_reason", "subjects_notified_at", "subjects_notified_how",
                            "subjects_exception", "severity", "status");
            assertThat(records).extracting(r -> r.get("reference")).containsExactly(february, march);
            assertThat(records.get(0).get("title")).isEqualTo("Zgubiony pendrive z listą płac");
            assertThat(records.get(0).get("aware_at")).isEqualTo("2026-02-20T10:00:00Z");
            assertThat(records.get(0).get("status")).isEqualTo("new");
            assertThat(records.get(0).get("authority_notified_at")).isEqualTo("2026-02-21T10:00:00Z");
        }
        assertThat(cli.run("audit", "list", "--format", "json").out()).contains("register-exported");
    }

    @Test
    void theXlsxOpensWithPoiAndThePdfListsTheCases() throws Exception {
        Path xlsx = temp.resolve("register.xlsx");
        assertThat(export("xlsx", xlsx).code()).isZero();
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(0);
            assertThat(header.getLastCellNum()).isEqualTo((short) RegisterColumns.NAMES.size());
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("reference");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(february);
        }
        Path pdf = temp.resolve("register.pdf");
        assertThat(export("pdf", pdf).code()).isZero();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Register of personal data breaches", february,
                    march, "Zgubiony pendrive z", "Page 1 of", "Supervisory", "People concerned",
                    "Not decided yet").doesNotContain("Outside the period");
        }
        assertThat(cli.run("register", "export", "--from", "2026-02-01", "--to", "2026-03-31", "--format", "doc",
                "--out", temp.resolve("x").toString()).err()).contains("--format");
    }
}
