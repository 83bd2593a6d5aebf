package org.trustcase.app.preview;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.trustcase.model.search.SearchService;
import org.trustcase.model.search.TextExtractor;

/**
 * The text of an evidence file for the search: plain text (logs, CSV, JSON, XML) as UTF-8, an e-mail's headers and
 * body (as the evidence viewer reads it), a PDF's text layer (PDFBox; a scan without one gives nothing). The file is
 * copied to a temporary file first (the vault gives a stream), deleted after; files over {@link #MAX_FILE} and other
 * kinds give nothing.
 */
public final class EvidenceTextExtractor implements TextExtractor {
    /** Larger files are not read for the search: their notes and annotations still are. */
    static final long MAX_FILE = 200L << 20;
    /** Memory PDFBox may hold of one document before it spills to a temporary file. */
    private static final long PDF_MEMORY = 32L << 20;

    @Override
    public Optional<String> text(InputStream content, String mediaType, String name) throws IOException {
        String type = mediaType.toLowerCase(Locale.ROOT);
        boolean email = EmailFiles.isEmail(type, name);
        boolean pdf = type.equals("application/pdf");
        boolean text = type.startsWith("text/") || type.equals("application/json") || type.equals("application/xml");
        if (!email && !pdf && !text) {
            return Optional.empty();
        }
        if (text) {
            byte[] bytes = content.readNBytes(SearchService.MAX_EVIDENCE_TEXT * 2);
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes)).toString());
        }
        Path copy = Files.createTempFile("trustcase-text-", pdf ? ".pdf" : ".eml");
        try {
            if (!copied(content, copy)) {
                return Optional.empty();
            }
            return Optional.of(pdf ? pdfText(copy) : emailText(EmailFiles.read(copy, type, name)));
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    /** Copies at most {@link #MAX_FILE} bytes; false when the file is larger. */
    private static boolean copied(InputStream content, Path to) throws IOException {
        try (OutputStream out = Files.newOutputStream(to)) {
            byte[] buffer = new byte[1 << 16];
            long total = 0;
            for (int read; (read = content.read(buffer)) > 0; ) {
                total += read;
                if (total > MAX_FILE) {
                    return false;
                }
                out.write(buffer, 0, read);
            }
        }
        return true;
    }

    private static String pdfText(Path file) throws IOException {
        // the file is closed by its own try: PDFBox does not close it when the document cannot be parsed
        try (RandomAccessReadBufferedFile in = new RandomAccessReadBufferedFile(file.toFile());
                PDDocument document = Loader.loadPDF(in, "", null, null,
                        MemoryUsageSetting.setupMixed(PDF_MEMORY).streamCache)) {
            PDFTextStripper stripper = new PDFTextStripper();
            String text = stripper.getText(document);
            return text.length() > SearchService.MAX_EVIDENCE_TEXT ? text.substring(0, SearchService.MAX_EVIDENCE_TEXT)
                    : text;
        }
    }

    private static String emailText(EmailMessage message) {
        StringBuilder text = new StringBuilder();
        for (String part : new String[] {message.from(), message.to(), message.cc(), message.subject(),
                message.body()}) {
            if (part != null && !part.isBlank()) {
                text.append(part).append('\n');
            }
        }
        message.attachments().forEach(a -> text.append(a.name()).append('\n'));
        return text.toString();
    }
}
