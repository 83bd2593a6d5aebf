package org.trustcase.app.preview;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * A spreadsheet's first sheet, its first rows and columns as the cells show them (formatted as in the spreadsheet):
 * an {@code .xlsx} read as a stream of rows and left as soon as enough are read, an {@code .xls} (a smaller, older
 * format) read whole up to {@value #MAX_XLS} bytes. POI refuses a ZIP bomb inside an {@code .xlsx} by itself.
 */
final class SpreadsheetPreview {
    static final long MAX_FILE = 100L << 20;
    static final long MAX_XLS = 20L << 20;

    private SpreadsheetPreview() {
    }

    static boolean isSpreadsheet(String type, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return type.equals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                || type.equals("application/vnd.ms-excel")
                || (type.equals("application/x-tika-ooxml") || type.equals("application/zip"))
                        && lower.endsWith(".xlsx")
                || type.equals("application/x-tika-msoffice") && lower.endsWith(".xls");
    }

    static Preview of(Path file, String type, String name) {
        try {
            if (Files.size(file) > MAX_FILE) {
                return new Preview.None("evidence.preview.too-large", (MAX_FILE >> 20) + " MB");
            }
            boolean old = type.equals("application/vnd.ms-excel") || type.equals("application/x-tika-msoffice");
            return old ? xls(file) : xlsx(file);
        } catch (IOException | RuntimeException | SAXException | javax.xml.parsers.ParserConfigurationException
                | org.apache.poi.openxml4j.exceptions.OpenXML4JException e) {
            return new Preview.None("evidence.preview.failed", String.valueOf(e.getMessage()));
        }
    }

    private static Preview xls(Path file) throws IOException {
        if (Files.size(file) > MAX_XLS) {
            return new Preview.None("evidence.preview.too-large", (MAX_XLS >> 20) + " MB");
        }
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
                HSSFWorkbook workbook = new HSSFWorkbook(fs.getRoot(), true)) {
            if (workbook.getNumberOfSheets() == 0) {
                return new Preview.Table(List.of(), false);
            }
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter format = new DataFormatter(Locale.ROOT);
            Rows rows = new Rows();
            for (Row row : sheet) {
                if (!rows.startRow(row.getRowNum())) {
                    break;
                }
                for (Cell cell : row) {
                    rows.cell(cell.getColumnIndex(), format.formatCellValue(cell));
                }
            }
            return rows.table(workbook.getNumberOfSheets() > 1);
        }
    }

    private static Preview xlsx(Path file) throws IOException, SAXException,
            javax.xml.parsers.ParserConfigurationException, org.apache.poi.openxml4j.exceptions.OpenXML4JException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                return new Preview.Table(List.of(), false);
            }
            Rows rows = new Rows();
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings,
                        new XSSFSheetXMLHandler.SheetContentsHandler() {
                            @Override
                            public void startRow(int rowNum) {
                                if (!rows.startRow(rowNum)) {
                                    throw new Enough();
                                }
                            }

                            @Override
                            public void endRow(int rowNum) {
                                // each cell was taken as it came
                            }

                            @Override
                            public void cell(String reference, String value, XSSFComment comment) {
                                rows.cell(new CellReference(reference).getCol(), value);
                            }
                        }, new DataFormatter(Locale.ROOT), false));
                try {
                    parser.parse(new InputSource(sheet));
                } catch (Enough stop) {
                    // the preview has its rows: the rest of the sheet is not read
                }
            }
            return rows.table(sheets.hasNext());
        }
    }

    /** Thrown to stop reading a sheet once the preview has its rows. */
    private static final class Enough extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Enough() {
            super(null, null, false, false);
        }
    }

    /** The rows taken so far, within the table preview's limits. */
    private static final class Rows {
        private final List<List<String>> rows = new ArrayList<>();
        private boolean truncated;

        /** Starts a row; false when the preview has all the rows it shows. */
        boolean startRow(int rowNum) {
            if (rows.size() == TablePreview.MAX_ROWS) {
                truncated = true;
                return false;
            }
            rows.add(new ArrayList<>());
            return true;
        }

        void cell(int column, String value) {
            if (column >= TablePreview.MAX_COLUMNS) {
                truncated = true;
                return;
            }
            List<String> row = rows.get(rows.size() - 1);
            while (row.size() < column) {
                row.add("");
            }
            String text = value == null ? "" : value;
            row.add(text.length() > TablePreview.MAX_CELL ? text.substring(0, TablePreview.MAX_CELL) + "…" : text);
        }

        Preview table(boolean moreSheets) {
            return new Preview.Table(rows, truncated || moreSheets);
        }
    }
}
