package org.trustcase.app.preview;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * One page of a PDF, rendered from the file (read where it is, not loaded whole: a 500-page file opens by its cross
 * reference table and renders only the page asked for). What PDFBox buffers is held to {@value #MEMORY} bytes in
 * memory, the rest in a temporary file; the raster to {@link PreviewLoader#MAX_PIXELS} pixels.
 */
final class PdfPreview {
    static final long MEMORY = 32L << 20;

    private PdfPreview() {
    }

    static Preview page(Path file, int page, int displayWidth) {
        try (PDDocument document = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()), "", null, null,
                MemoryUsageSetting.setupMixed(MEMORY).streamCache)) {
            int pages = document.getNumberOfPages();
            if (pages == 0) {
                return new Preview.None("evidence.preview.pdf-empty", "");
            }
            int shown = Math.max(1, Math.min(page, pages));
            PDPage pdfPage = document.getPage(shown - 1);
            PDRectangle box = pdfPage.getCropBox();
            boolean turned = pdfPage.getRotation() % 180 != 0;
            double width = turned ? box.getHeight() : box.getWidth();
            double height = turned ? box.getWidth() : box.getHeight();
            float scale = PreviewLoader.scale(width, height, displayWidth);
            PDFRenderer renderer = new PDFRenderer(document);
            // pictures inside a page are drawn at the size shown, not decoded at full resolution
            renderer.setSubsamplingAllowed(true);
            BufferedImage image = renderer.renderImage(shown - 1, scale, ImageType.RGB);
            return PreviewLoader.raster(image, shown, pages, width, height);
        } catch (InvalidPasswordException e) {
            return new Preview.None("evidence.preview.pdf-encrypted", "");
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // a damaged or hostile file: no preview, the item stays as it is
            return new Preview.None("evidence.preview.failed", String.valueOf(e.getMessage()));
        }
    }
}
