package org.trustcase.app.register;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.trustcase.app.WholeFile;
import org.trustcase.app.documents.DocumentLanguage;
import org.trustcase.app.documents.RegisterPdf;
import org.trustcase.model.reports.RegisterFilter;
import org.trustcase.model.reports.RegisterRow;
import org.trustcase.model.reports.ReportService;

/**
 * Writes the breach register of a period to a file, streaming: CSV (Commons CSV, RFC 4180, UTF-8), XLSX (POI's
 * streaming workbook: a hundred rows in memory, the rest flushed to a temporary file) or PDF (a worded table, a row per
 * case).
 * The file appears whole or not at all ({@link WholeFile}).
 */
public final class RegisterFile {
    /** The formats the register is written in. */
    public enum Format { CSV, XLSX, PDF;

        public static Format of(String name) {
            return valueOf(name.toUpperCase(Locale.ROOT));
        }
    }

    /** Rows of a streaming workbook kept in memory before they are flushed. */
    private static final int WINDOW = 100;

    private RegisterFile() {
    }

    /**
     * Writes the register of {@code [from, to)} to {@code target}; returns how many cases it holds.
     *
     * @param language the words and time zone of a PDF register
     */
    public static long write(ReportService reports, Instant from, Instant to, Format format, Path target,
            DocumentLanguage language) throws IOException {
        return write(reports, from, to, RegisterFilter.ALL, format, target, language);
    }

    /** Writes the register of {@code [from, to)}, of the cases {@code filter} keeps, to {@code target}. */
    public static long write(ReportService reports, Instant from, Instant to, RegisterFilter filter, Format format,
            Path target, DocumentLanguage language) throws IOException {
        Register register = sink -> reports.register(from, to, filter, sink);
        return WholeFile.write(target, ".register-", out -> switch (format) {
            case CSV -> csv(register, out);
            case XLSX -> xlsx(register, out);
            case PDF -> pdf(register, from, to, language, out);
        });
    }

    /** The register read, each row handed to the sink; returns how many. */
    private interface Register {
        long read(Consumer<RegisterRow> sink);
    }

    private static long csv(Register register, OutputStream out) throws IOException {
        BufferedWriter writer = new BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
        // a byte order mark, as the cases' export writes: spreadsheet programs then read the file as UTF-8
        writer.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            csv.printRecord(RegisterColumns.NAMES);
            long rows = register.read(row -> {
                try {
                    csv.printRecord(RegisterColumns.values(row));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            csv.flush();
            return rows;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static long pdf(Register register, Instant from, Instant to, DocumentLanguage language,
            OutputStream out) throws IOException {
        try (RegisterPdf pdf = new RegisterPdf(language, from, to)) {
            long rows = register.read(pdf::add);
            pdf.finish(out);
            return rows;
        }
    }

    private static long xlsx(Register register, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        try {
            SXSSFSheet sheet = workbook.createSheet("Breach register");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int c = 0; c < RegisterColumns.NAMES.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(RegisterColumns.NAMES.get(c));
                cell.setCellStyle(bold);
            }
            sheet.createFreezePane(1, 1);
            long[] next = {1};
            long rows = register.read(row -> {
                Row line = sheet.createRow((int) next[0]++);
                List<String> values = RegisterColumns.values(row);
                for (int c = 0; c < values.size(); c++) {
                    line.createCell(c).setCellValue(values.get(c));
                }
            });
            workbook.write(out);
            return rows;
        } finally {
            workbook.close();
        }
    }

}
