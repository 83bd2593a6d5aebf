package org.trustcase.app.preview;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV (or tab-separated) file's first {@value #MAX_ROWS} rows and {@value #MAX_COLUMNS} columns, each cell cut at
 * {@value #MAX_CELL} characters: a leaked customer export is read at a glance, without reading it whole.
 */
final class TablePreview {
    static final int MAX_ROWS = 200;
    static final int MAX_COLUMNS = 50;
    static final int MAX_CELL = 500;

    private TablePreview() {
    }

    static Preview of(Path file, char delimiter) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(false)
                .get();
        try (Reader reader = new java.io.InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8
                .newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
                CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            List<List<String>> rows = new ArrayList<>();
            boolean truncated = false;
            for (CSVRecord record : parser) {
                if (rows.size() == MAX_ROWS) {
                    truncated = true;
                    break;
                }
                List<String> row = new ArrayList<>();
                for (int i = 0; i < record.size(); i++) {
                    if (i == MAX_COLUMNS) {
                        truncated = true;
                        break;
                    }
                    String cell = record.get(i);
                    row.add(cell.length() > MAX_CELL ? cell.substring(0, MAX_CELL) + "…" : cell);
                }
                rows.add(row);
            }
            return new Preview.Table(rows, truncated);
        } catch (IOException | RuntimeException e) {
            // not CSV after all (an unbalanced quote running to the end): its text instead
            return new Preview.None("evidence.preview.failed", String.valueOf(e.getMessage()));
        }
    }
}
