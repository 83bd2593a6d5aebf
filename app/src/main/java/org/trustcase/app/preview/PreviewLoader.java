package org.trustcase.app.preview;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Makes the preview of a stored evidence file by the type detected from its content: a PDF page, a picture, an
 * e-mail's headers, body and attachments, a spreadsheet's or a CSV file's first rows, the beginning of a text; anything else has none. Every kind has a limit (pages rendered one at a time, pixels, bytes
 * read), so that no file, however large or hostile, takes the application's memory. Call off the JavaFX thread.
 */
public final class PreviewLoader {
    /** The most pixels a rendered page or picture has. */
    public static final long MAX_PIXELS = 6_000_000L;
    /** The most of a text file a preview reads. */
    public static final int MAX_TEXT_BYTES = 1 << 20;

    /**
     * The preview of {@code file} of type {@code mediaType} (its original {@code name} tells an Outlook message from
     * another OLE file); {@code page} counts from 1 (PDF), {@code displayWidth}
     * is the width in pixels it is shown at (the raster may be up to twice that, for sharpness).
     */
    public Preview load(Path file, String mediaType, String name, int page, int displayWidth) {
        String type = mediaType.toLowerCase(Locale.ROOT);
        if (EmailFiles.isEmail(type, name)) {
            try {
                return new Preview.Email(EmailFiles.read(file, type, name));
            } catch (IOException | RuntimeException e) {
                return new Preview.None("evidence.preview.failed", String.valueOf(e.getMessage()));
            }
        }
        if (SpreadsheetPreview.isSpreadsheet(type, name)) {
            return SpreadsheetPreview.of(file, type, name);
        }
        if (type.equals("text/csv") || type.equals("text/tab-separated-values")) {
            return TablePreview.of(file, type.equals("text/csv") ? ',' : '\t');
        }
        if (type.equals("application/pdf")) {
            return PdfPreview.page(file, page, displayWidth);
        }
        if (type.startsWith("image/")) {
            return ImagePreview.of(file, displayWidth);
        }
        if (type.startsWith("text/") || type.equals("message/rfc822") || type.equals("application/json")
                || type.equals("application/xml")) {
            return text(file);
        }
        return new Preview.None("evidence.preview.none", mediaType);
    }

    private static Preview text(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_TEXT_BYTES + 1);
            boolean truncated = bytes.length > MAX_TEXT_BYTES;
            int length = Math.min(bytes.length, MAX_TEXT_BYTES);
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, 0, length));
            return new Preview.Text(chars.toString(), truncated);
        } catch (IOException e) {
            return new Preview.None("evidence.preview.failed", String.valueOf(e.getMessage()));
        }
    }

    /** The scale that fits {@code width} × {@code height} units to twice the display width, within the pixel cap. */
    static float scale(double width, double height, int displayWidth) {
        double fit = 2.0 * Math.max(displayWidth, 200) / width;
        double cap = Math.sqrt(MAX_PIXELS / (width * height));
        return (float) Math.max(0.01, Math.min(Math.min(fit, cap), 4.0));
    }

    static Preview raster(BufferedImage image, int page, int pages, double unitWidth, double unitHeight) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        return new Preview.Raster(w, h, argb, page, pages, unitWidth, unitHeight);
    }
}
