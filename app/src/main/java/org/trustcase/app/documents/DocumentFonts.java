package org.trustcase.app.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * DejaVu Sans, regular and bold, read once and embedded (as a subset) in every document: Polish letters, and any
 * other Latin, Greek or Cyrillic text, render the same on every reader. A character the font lacks is drawn as
 * {@code ?} rather than failing the document.
 */
public final class DocumentFonts {
    private static final String DIR = "/net/sf/jasperreports/fonts/dejavu/";
    private static byte[] regularBytes;
    private static byte[] boldBytes;
    /** A parsed font reads its file through one cursor: each thread writing documents has its own. */
    private static final ThreadLocal<DocumentFonts> PER_THREAD = ThreadLocal.withInitial(() ->
            new DocumentFonts(parse(bytes(true)), parse(bytes(false))));
    private final TrueTypeFont regular;
    private final TrueTypeFont bold;

    private DocumentFonts(TrueTypeFont regular, TrueTypeFont bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /** The fonts for the calling thread: the files are read once (about 1.5 MB), parsed once per thread. */
    public static DocumentFonts get() {
        return PER_THREAD.get();
    }

    private static synchronized byte[] bytes(boolean regular) {
        if (regularBytes == null) {
            regularBytes = read("DejaVuSans.ttf");
            boldBytes = read("DejaVuSans-Bold.ttf");
        }
        return regular ? regularBytes : boldBytes;
    }

    private static byte[] read(String name) {
        try (InputStream in = DocumentFonts.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("the font " + name + " is missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TrueTypeFont parse(byte[] font) {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(font));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The two faces as fonts of {@code document}. */
    public Loaded load(PDDocument document) {
        try {
            return new Loaded(PDType0Font.load(document, regular, true), PDType0Font.load(document, bold, true));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code text} with every character the font cannot draw (and every control character) replaced. */
    public String drawable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            boolean drawable;
            try {
                drawable = !Character.isISOControl(cp) && regular.getUnicodeCmapLookup().getGlyphId(cp) > 0;
            } catch (IOException e) {
                drawable = false;
            }
            out.appendCodePoint(drawable ? cp : cp == '\t' ? ' ' : '?');
        });
        return out.toString();
    }

    /** The regular and bold faces loaded into one document. */
    public record Loaded(PDType0Font regular, PDType0Font bold) {
    }
}
