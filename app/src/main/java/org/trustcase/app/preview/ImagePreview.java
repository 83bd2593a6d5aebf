package org.trustcase.app.preview;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * A picture, decoded at the size shown: its dimensions are read from its header first, and a picture of more than
 * {@value #MAX_SOURCE_PIXELS} pixels (a decompression bomb, or a scan no screen shows whole) is not decoded; a
 * smaller one is read with subsampling so that the raster stays near the size shown.
 */
final class ImagePreview {
    static final long MAX_SOURCE_PIXELS = 100_000_000L;

    private ImagePreview() {
    }

    static Preview of(Path file, int displayWidth) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? java.util.Collections.emptyIterator()
                    : ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return new Preview.None("evidence.preview.none", "");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if ((long) width * height > MAX_SOURCE_PIXELS) {
                    return new Preview.None("evidence.preview.image-too-large",
                            width + " × " + height);
                }
                int step = Math.max(1, (int) Math.floor(1 / PreviewLoader.scale(width, height, displayWidth)));
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage image = reader.read(0, param);
                return PreviewLoader.raster(image, 1, 1, width, height);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return new Preview.None("evidence.preview.failed", String.valueOf(e.getMessage()));
        }
    }
}
