package org.trustcase.app.ui.reports;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import javafx.print.PageLayout;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.image.ImageView;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The system's printers (JavaFX {@link PrinterJob}, after its print dialog) and file chooser. A PDF is printed as its
 * pages rendered at 150 dpi (PDFBox), each scaled to the printable area.
 */
public final class SystemPrinting implements Printing {
    private static final float DPI = 150;

    @Override
    public boolean hasPrinter() {
        return Printer.getDefaultPrinter() != null;
    }

    @Override
    public boolean print(Window owner, byte[] pdf) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null || !job.showPrintDialog(owner)) {
            if (job != null) {
                job.cancelJob();
            }
            return false;
        }
        // the pages are rendered and spooled away from the window's thread, which only showed the dialog
        Thread spool = new Thread(() -> spool(job, pdf), "trustcase-print");
        spool.setDaemon(true);
        spool.start();
        return true;
    }

    private static void spool(PrinterJob job, byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            PageLayout layout = job.getJobSettings().getPageLayout();
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, DPI);
                ImageView view = new ImageView(fxImage(image));
                view.setPreserveRatio(true);
                view.setFitWidth(layout.getPrintableWidth());
                view.setFitHeight(layout.getPrintableHeight());
                if (!job.printPage(view)) {
                    job.cancelJob();
                    return;
                }
            }
            job.endJob();
        } catch (IOException | RuntimeException e) {
            job.cancelJob();
            System.getLogger(SystemPrinting.class.getName()).log(System.Logger.Level.WARNING,
                    "the summary could not be printed: " + e.getMessage());
        }
    }

    private static javafx.scene.image.Image fxImage(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] argb = image.getRGB(0, 0, width, height, null, 0, width);
        javafx.scene.image.WritableImage fx = new javafx.scene.image.WritableImage(width, height);
        fx.getPixelWriter().setPixels(0, 0, width, height, javafx.scene.image.PixelFormat.getIntArgbInstance(), argb,
                0, width);
        return fx;
    }

    @Override
    public Optional<Path> saveAs(Window owner, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(suggestedName);
        String extension = suggestedName.substring(suggestedName.lastIndexOf('.') + 1);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(java.util.Locale.ROOT),
                "*." + extension));
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(java.io.File::toPath);
    }
}
