package org.trustcase.app.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.trustcase.model.common.ValidationException;
import org.trustcase.model.notifications.RecipientRow;
import org.trustcase.model.notifications.RecipientService;
import org.trustcase.model.common.Sha256;

/**
 * A CSV file of rows (recipients, statuses) as the register reads it: UTF-8 (with or without a byte-order mark;
 * anything else is refused naming the first line that is not), comma-separated with RFC 4180 quoting (a quoted cell
 * may hold commas, quotes and line breaks), the first row the header. Each row knows the line it starts on. The file
 * is checked and hashed once when opened; its rows are read as a stream, each time they are asked for, so that a
 * file of any length takes constant memory.
 */
public final class RecipientCsv {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private RecipientCsv() {
    }

    /**
     * Opens {@code file}: checks that it is UTF-8, hashes it and reads its header.
     *
     * @throws ValidationException (field {@code FILE}) when it is missing, not UTF-8 (with the line), empty, or not
     *                             CSV (with the line)
     */
    public static RecipientService.RowFile open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ValidationException("FILE", "cli.no-such-file", file.toString());
        }
        String name = file.getFileName().toString();
        String sha256 = checkUtf8(file, name);
        List<String> header;
        try (Reader reader = reader(file); CSVParser parser = parser(reader)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new ValidationException("FILE", "csv.empty", name);
            }
            header = records.next().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new ValidationException("FILE", "csv.malformed", name, 1L, String.valueOf(e.getMessage()));
        }
        List<String> columns = List.copyOf(header);
        return new RecipientService.RowFile(name, sha256, columns, () -> rows(file, name, columns));
    }

    private static Iterator<RecipientRow> rows(Path file, String name, List<String> header) {
        Reader reader;
        CSVParser parser;
        try {
            reader = reader(file);
            parser = parser(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Iterator<CSVRecord> records = parser.iterator();
        records.next();
        return new Iterator<>() {
            private long after = parser.getCurrentLineNumber();
            private boolean closed;

            @Override
            public boolean hasNext() {
                if (closed) {
                    return false;
                }
                boolean more;
                try {
                    more = records.hasNext();
                } catch (UncheckedIOException | IllegalStateException e) {
                    close();
                    throw new ValidationException("FILE", "csv.malformed", name, after + 1,
                            String.valueOf(e.getMessage()));
                }
                if (!more) {
                    close();
                }
                return more;
            }

            @Override
            public RecipientRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                CSVRecord record = records.next();
                long line = after + 1;
                after = parser.getCurrentLineNumber();
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    cells.put(header.get(i), i < record.size() ? record.get(i) : "");
                }
                if (record.size() > header.size()) {
                    cells.put(RecipientService.EXTRA, Integer.toString(record.size() - header.size()));
                }
                return new RecipientRow(line, cells);
            }

            private void close() {
                closed = true;
                try {
                    parser.close();
                    reader.close();
                } catch (IOException ignored) {
                    // read only
                }
            }
        };
    }

    private static CSVParser parser(Reader reader) throws IOException {
        return CSVParser.builder().setReader(reader).setFormat(CSVFormat.RFC4180.builder()
                .setIgnoreEmptyLines(true).get()).get();
    }

    private static Reader reader(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        byte[] start = in.readNBytes(3);
        InputStream rest = java.util.Arrays.equals(start, BOM) ? in
                : new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(start), in);
        return new java.io.BufferedReader(new InputStreamReader(rest, StandardCharsets.UTF_8), 1 << 16);
    }

    /** Reads the file once: refuses it at the first line that is not UTF-8, and gives its SHA-256. */
    private static String checkUtf8(Path file, String name) {
        MessageDigest sha = Sha256.digest();
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        long line = 1;
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
            byte[] buffer = new byte[1 << 16];
            int read;
            boolean end = false;
            while (!end) {
                read = in.read(buffer, 0, bytes.remaining());
                end = read < 0;
                if (!end) {
                    bytes.put(buffer, 0, read);
                }
                bytes.flip();
                CoderResult result = decoder.decode(bytes, chars, end);
                chars.flip();
                while (chars.hasRemaining()) {
                    if (chars.get() == '\n') {
                        line++;
                    }
                }
                chars.clear();
                if (result.isError()) {
                    throw new ValidationException("FILE", "csv.not-utf8", name, line);
                }
                bytes.compact();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Sha256.hex(sha);
    }

}
