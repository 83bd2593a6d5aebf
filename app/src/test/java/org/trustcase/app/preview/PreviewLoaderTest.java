package org.trustcase.app.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Previews by type, each within its limits: a hostile or huge file gives no preview rather than a full memory. */
class PreviewLoaderTest {
    @TempDir
    Path temp;
    private final PreviewLoader loader = new PreviewLoader();

    @Test
    void aPdfPageIsRenderedInItsOwnUnitsAndOnlyThePageAsked() throws IOException {
        Path pdf = temp.resolve("letter.pdf");
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < 3; i++) {
                document.addPage(new PDPage(PDRectangle.A4));
            }
            document.addPage(new PDPage(new PDRectangle(842, 595)));
            document.save(pdf.toFile());
        }

        Preview first = loader.load(pdf, "application/pdf", "letter.pdf", 1, 400);
        Preview landscape = loader.load(pdf, "application/pdf", "letter.pdf", 99, 400);

        assertThat(first).isInstanceOfSatisfying(Preview.Raster.class, raster -> {
            assertThat(raster.page()).isEqualTo(1);
            assertThat(raster.pages()).isEqualTo(4);
            assertThat(raster.unitWidth()).isEqualTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(0.5));
            assertThat(raster.width()).as("twice the width shown, for sharpness").isEqualTo(800);
        });
        assertThat(landscape).as("a page beyond the last is the last").isInstanceOfSatisfying(Preview.Raster.class,
                raster -> {
                    assertThat(raster.page()).isEqualTo(4);
                    assertThat(raster.width()).isGreaterThan(raster.height());
                });
    }

    @Test
    void aDamagedPdfOrAnUnknownTypeHasNoPreviewAndSaysWhy() throws IOException {
        Path broken = Files.writeString(temp.resolve("broken.pdf"), "%PDF-1.7\nnot really\n");

        assertThat(loader.load(broken, "application/pdf", "broken.pdf", 1, 400))
                .isInstanceOfSatisfying(Preview.None.class, none -> assertThat(none.reasonKey())
                        .isEqualTo("evidence.preview.failed"));
        assertThat(loader.load(broken, "application/x-msdownload", "setup.exe", 1, 400))
                .isInstanceOfSatisfying(Preview.None.class, none -> assertThat(none.reasonKey())
                        .isEqualTo("evidence.preview.none"));
    }

    @Test
    void aPictureIsDecodedNearTheSizeShownAndADecompressionBombNotAtAll() throws IOException {
        BufferedImage big = new BufferedImage(4000, 3000, BufferedImage.TYPE_INT_RGB);
        Path photo = temp.resolve("photo.png");
        ImageIO.write(big, "png", photo.toFile());
        // a PNG whose header claims 100,000 × 100,000 pixels (40 GB decoded) in a few bytes
        Path bomb = Files.write(temp.resolve("bomb.png"), pngHeader(100_000, 100_000));

        assertThat(loader.load(photo, "image/png", "photo.png", 1, 500)).isInstanceOfSatisfying(Preview.Raster.class,
                raster -> {
                    assertThat(raster.unitWidth()).isEqualTo(4000);
                    assertThat(raster.width()).as("subsampled, not decoded whole").isBetween(1000, 2000);
                });
        assertThat(loader.load(bomb, "image/png", "bomb.png", 1, 500)).isInstanceOfSatisfying(Preview.None.class,
                none -> {
                    assertThat(none.reasonKey()).isEqualTo("evidence.preview.image-too-large");
                    assertThat(none.detail()).isEqualTo("100000 × 100000");
                });
    }

    @Test
    void aTextIsReadToItsFirstMegabyteAndACsvToItsFirstRows() throws IOException {
        Path log = temp.resolve("big.log");
        Files.writeString(log, "x".repeat(PreviewLoader.MAX_TEXT_BYTES + 10));
        StringBuilder csv = new StringBuilder("name,email,\"note, with comma\"\n");
        for (int i = 0; i < 500; i++) {
            csv.append("Customer ").append(i).append(",c").append(i).append("@example.com,\"multi\nline\"\n");
        }
        Path table = Files.writeString(temp.resolve("export.csv"), csv);

        assertThat(loader.load(log, "text/plain", "big.log", 1, 400)).isInstanceOfSatisfying(Preview.Text.class,
                text -> {
                    assertThat(text.text()).hasSize(PreviewLoader.MAX_TEXT_BYTES);
                    assertThat(text.truncated()).isTrue();
                });
        assertThat(loader.load(table, "text/csv", "export.csv", 1, 400)).isInstanceOfSatisfying(Preview.Table.class,
                rows -> {
                    assertThat(rows.rows()).hasSize(TablePreview.MAX_ROWS);
                    assertThat(rows.rows().get(0)).containsExactly("name", "email", "note, with comma");
                    assertThat(rows.rows().get(1)).containsExactly("Customer 0", "c0@example.com", "multi\nline");
                    assertThat(rows.truncated()).isTrue();
                });
    }

    @Test
    void anEmailShowsItsHeadersItsBodyAndItsAttachmentsWhichCanBeTakenOut() throws IOException {
        String eml = String.join("\r\n",
                "From: Marta Wisniewska <marta@example.pl>",
                "To: dpo@example.pl",
                "Cc: it-security@example.pl",
                "Subject: =?UTF-8?Q?Payroll_file_sent_to_the_wrong_list_=E2=80=93_urgent?=",
                "Date: Mon, 30 Nov 2026 09:05:00 +0100",
                "MIME-Version: 1.0",
                "Content-Type: multipart/mixed; boundary=\"b1\"",
                "",
                "--b1",
                "Content-Type: multipart/alternative; boundary=\"b2\"",
                "",
                "--b2",
                "Content-Type: text/html; charset=UTF-8",
                "",
                "<html><body><p>Hello,</p><p>the payroll file went to <b>all-staff</b>.</p></body></html>",
                "--b2",
                "Content-Type: text/plain; charset=UTF-8",
                "",
                "Hello,",
                "the payroll file went to all-staff.",
                "--b2--",
                "--b1",
                "Content-Type: text/csv; name=\"recipients.csv\"",
                "Content-Disposition: attachment; filename=\"recipients.csv\"",
                "Content-Transfer-Encoding: base64",
                "",
                java.util.Base64.getEncoder().encodeToString("mailbox\nanna@example.pl\n".getBytes(
                        StandardCharsets.UTF_8)),
                "--b1--",
                "");
        Path file = Files.writeString(temp.resolve("report.eml"), eml);

        Preview preview = loader.load(file, "message/rfc822", "report.eml", 1, 400);

        assertThat(preview).isInstanceOfSatisfying(Preview.Email.class, email -> {
            EmailMessage message = email.message();
            assertThat(message.from()).contains("marta@example.pl");
            assertThat(message.to()).isEqualTo("dpo@example.pl");
            assertThat(message.cc()).isEqualTo("it-security@example.pl");
            assertThat(message.subject()).isEqualTo("Payroll file sent to the wrong list – urgent");
            assertThat(message.sent()).isEqualTo(java.time.Instant.parse("2026-11-30T08:05:00Z"));
            assertThat(message.body()).isEqualTo("Hello,\nthe payroll file went to all-staff.");
            assertThat(message.attachments()).singleElement().satisfies(attachment -> {
                assertThat(attachment.name()).isEqualTo("recipients.csv");
                assertThat(attachment.mediaType()).isEqualTo("text/csv");
            });
        });
        assertThat(new String(EmailFiles.attachment(file, "message/rfc822", "report.eml", 0),
                StandardCharsets.UTF_8)).isEqualTo("mailbox\nanna@example.pl\n");
    }

    @Test
    void anHtmlOnlyEmailShowsItsTextWithoutScriptsOrTags() throws IOException {
        String eml = String.join("\r\n", "From: a@example.com", "Subject: html",
                "Content-Type: text/html; charset=UTF-8", "",
                "<html><head><style>p{}</style><script>alert(1)</script></head><body><p>Line&nbsp;one</p>"
                        + "<div>Line &amp; two</div></body></html>", "");
        Path file = Files.writeString(temp.resolve("html.eml"), eml);

        assertThat(loader.load(file, "message/rfc822", "html.eml", 1, 400)).isInstanceOfSatisfying(
                Preview.Email.class, email -> assertThat(email.message().body()).isEqualTo("Line one\nLine & two"));
    }

    @Test
    void aSpreadsheetShowsItsFirstSheetsFirstRowsAsTheCellsShowThem() throws IOException {
        Path xlsx = temp.resolve("payroll.xlsx");
        Path xls = temp.resolve("payroll.xls");
        for (org.apache.poi.ss.usermodel.Workbook workbook : List.of(
                new org.apache.poi.xssf.streaming.SXSSFWorkbook(), new org.apache.poi.hssf.usermodel.HSSFWorkbook())) {
            try (workbook) {
                org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet("November");
                org.apache.poi.ss.usermodel.Row header = sheet.createRow(0);
                header.createCell(0).setCellValue("Employee");
                header.createCell(2).setCellValue("Net pay");
                for (int i = 1; i <= 300; i++) {
                    org.apache.poi.ss.usermodel.Row row = sheet.createRow(i);
                    row.createCell(0).setCellValue("Employee " + i);
                    row.createCell(2).setCellValue(4000 + i);
                }
                workbook.createSheet("December");
                try (var out = Files.newOutputStream(workbook instanceof org.apache.poi.hssf.usermodel.HSSFWorkbook
                        ? xls : xlsx)) {
                    workbook.write(out);
                }
            }
        }

        for (Path file : List.of(xlsx, xls)) {
            String type = file == xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                    : "application/vnd.ms-excel";
            assertThat(loader.load(file, type, file.getFileName().toString(), 1, 400)).as(file.toString())
                    .isInstanceOfSatisfying(Preview.Table.class, table -> {
                        assertThat(table.rows()).hasSize(TablePreview.MAX_ROWS);
                        assertThat(table.rows().get(0)).containsExactly("Employee", "", "Net pay");
                        assertThat(table.rows().get(1)).containsExactly("Employee 1", "", "4001");
                        assertThat(table.truncated()).isTrue();
                    });
        }
    }

    /** The first bytes of a PNG: signature and an IHDR chunk with the given size (no pixel data follows). */
    private static byte[] pngHeader(int width, int height) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteArrayOutputStream chunk = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(chunk);
        data.writeBytes("IHDR");
        data.writeInt(width);
        data.writeInt(height);
        data.write(new byte[] {8, 2, 0, 0, 0});
        byte[] body = chunk.toByteArray();
        out.writeInt(body.length - 4);
        out.write(body);
        CRC32 crc = new CRC32();
        crc.update(body);
        out.writeInt((int) crc.getValue());
        return bytes.toByteArray();
    }
}
