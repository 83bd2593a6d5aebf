package org.trustcase.app.preview;

/**
 * What an evidence file shows in its preview: a rendered page or picture, a text, or nothing (with the reason, a key
 * of the message bundle). Made off the JavaFX thread, without JavaFX, so that it can be measured on its own.
 */
public sealed interface Preview {

    /**
     * A page of a PDF or a picture, as ARGB pixels. {@code unitWidth} and {@code unitHeight} are its size in the item's
     * own units (PDF points, picture pixels), in which annotations are anchored: a pixel of the raster is
     * {@code unitWidth / width} units wide.
     *
     * @param page  the page shown, from 1 (1 for a picture)
     * @param pages how many pages there are (1 for a picture)
     */
    record Raster(int width, int height, int[] argb, int page, int pages, double unitWidth, double unitHeight)
            implements Preview {
        public Raster {
            if (width <= 0 || height <= 0 || argb.length != width * height) {
                throw new IllegalArgumentException("a raster of " + width + "x" + height + " has that many pixels");
            }
        }

        /** Item units per raster pixel. */
        public double unitsPerPixel() {
            return unitWidth / width;
        }
    }

    /** The beginning of a text file ({@code truncated} when there is more than the preview reads). */
    record Text(String text, boolean truncated) implements Preview {
    }

    /** An e-mail: its header fields, body and attachments. */
    record Email(EmailMessage message) implements Preview {
    }

    /** A table's first rows (CSV): {@code truncated} when there are more rows or columns than shown. */
    record Table(java.util.List<java.util.List<String>> rows, boolean truncated) implements Preview {
        public Table {
            rows = rows.stream().map(java.util.List::copyOf).toList();
        }
    }

    /** No preview: {@code reasonKey} says why (a type without one, a file too large, a damaged file). */
    record None(String reasonKey, String detail) implements Preview {
    }
}
