package org.trustcase.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustcase.app.cli.json.Json;

/** A case's summary on the command line: every section, the audit checkpoint, page numbers, privileged notes. */
class ReportCommandsTest {
    @TempDir
    Path temp;
    CliRunner cli;
    String ref;

    @BeforeEach
    void aCaseWithEvidenceAndNotes() throws Exception {
        cli = new CliRunner(temp.resolve("ws"));
        assertThat(cli.run("workspace", "init").code()).isZero();
        ref = cli.run("case", "new", "--title", "Zgubiony laptop działu płac", "--aware", "2026-03-30T10:00:00Z",
                "--jurisdiction", "PL").out().strip();
        Path log = Files.writeString(temp.resolve("vpn.log"), "03:12 login from 198.51.100.7");
        String item = Json.mapper().readTree(cli.run("evidence", "add", ref, log.toString(), "--format", "json")
                .out()).get("id").asText();
        assertThat(cli.run("annotate", item, "--text", "First login of the attacker").code()).isZero();
        assertThat(cli.run("annotate", item, "--text", "Counsel: notifiable within 72 hours",
                "--privileged").code()).isZero();
        assertThat(cli.run("timeline", "add", ref, "--at", "2026-03-03T14:02:00Z", "--description",
                "Attacker's first login").code()).isZero();
        assertThat(cli.run("audit", "checkpoint").code()).isZero();
    }

    private String text(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void theSummaryHasEverySectionTheCheckpointAndPageNumbersAndLeavesPrivilegedNotesOut() throws Exception {
        Path pdf = temp.resolve("summary.pdf");
        CliRunner.Result made = cli.run("report", "case", ref, "--out", pdf.toString());
        assertThat(made.code()).as(made.err()).isZero();

        String text = text(pdf);
        assertThat(text).contains("Case summary", ref, "Zgubiony laptop działu płac", "At a glance", "1. Facts",
                "2. Legal deadlines", "3. Assessments and decisions", "4. Notifications", "5. Evidence",
                "6. Annotations", "7. Timeline", "GDPR-SA", "vpn.log", "First login of the attacker",
                "Attacker's first login", "CONFIDENTIAL", "Audit trail: checkpoint of", "Audit trail check: intact",
                "Page 1 of ");
        assertThat(text).doesNotContain("Counsel: notifiable").contains("One privileged annotation was left out");
        JsonNode trail = Json.mapper().readTree(cli.run("audit", "list", ref, "--format", "json").out());
        assertThat(trail.toString()).contains("case-summary-printed");

        Path withAdvice = temp.resolve("with-advice.pdf");
        assertThat(cli.run("report", "case", ref, "--out", withAdvice.toString(), "--include-privileged").code())
                .isZero();
        assertThat(text(withAdvice)).contains("(privileged) Counsel: notifiable within 72 hours");
    }

    @Test
    void aSummaryInPolishAndABadLanguageRefused() throws Exception {
        Path pdf = temp.resolve("podsumowanie.pdf");
        assertThat(cli.run("report", "case", ref, "--out", pdf.toString(), "--language", "pl").code()).isZero();
        assertThat(text(pdf)).contains("Podsumowanie sprawy", "1. Fakty", "Strona 1 z ", "Otwarto sprawę");
        CliRunner.Result refused = cli.run("report", "case", ref, "--out", temp.resolve("x.pdf").toString(),
                "--language", "de");
        assertThat(refused.code()).isNotZero();
        assertThat(refused.err()).contains("--language");
        assertThat(temp.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void aYearsTransparencyReportHasTheFiguresAndNoPersonalData() throws Exception {
        assertThat(cli.run("deadlines", "meet", ref, "GDPR-SA", "--at", "2026-03-31T10:00:00Z").code()).isZero();
        Path csv = temp.resolve("transparency.csv");
        CliRunner.Result made = cli.run("report", "transparency", "--year", "2026", "--format", "csv", "--out",
                csv.toString());
        assertThat(made.code()).as(made.err()).isZero();
        String figures = Files.readString(csv);
        assertThat(figures).startsWith("figure,value").contains("year,2026", "cases,1", "breaches,1",
                "authority_notified,1", "authority_notified_within_72h,1", "median_hours_to_notify,24.0")
                .doesNotContain(ref).doesNotContain("Zgubiony");

        Path pdf = temp.resolve("transparency.pdf");
        assertThat(cli.run("report", "transparency", "--year", "2026", "--format", "pdf", "--out", pdf.toString())
                .code()).isZero();
        assertThat(text(pdf).replace('\n', ' ')).contains("Transparency report 2026", "notified of 1 breaches, 1 of them"
                + " within 72 hours", "the authority's notification: 24.0 hours").doesNotContain(ref);
        assertThat(cli.run("report", "transparency", "--year", "2026", "--format", "xml", "--out",
                temp.resolve("x").toString()).err()).contains("--format");
    }
}
