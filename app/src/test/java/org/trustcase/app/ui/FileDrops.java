package org.trustcase.app.ui;

import java.io.File;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import org.testfx.api.FxRobot;

/** Files dropped on the window, as a file manager drops them. */
final class FileDrops {
    private FileDrops() {
    }

    /**
     * Drops files on a node as the platform does at the end of a drag from a file manager: a drag-over the node must
     * accept, then the drop. (Headless, no file manager can start the drag, so the events are made here.)
     */
    static boolean drop(FxRobot robot, String query, List<File> dropped) {
        javafx.scene.Node target = robot.lookup(query).query();
        boolean[] outcome = new boolean[2];
        robot.interact(() -> {
            Dragboard board = com.sun.javafx.scene.input.DragboardHelper.createDragboard(new FilesDragged(dropped));
            Bounds bounds = target.localToScreen(target.getLayoutBounds());
            double x = bounds.getCenterX();
            double y = bounds.getCenterY();
            DragEvent over = new DragEvent(target, target, DragEvent.DRAG_OVER, board, x, y, x, y, TransferMode.COPY,
                    null, target, null);
            javafx.event.Event.fireEvent(target, over);
            outcome[0] = over.isAccepted();
            DragEvent drop = new DragEvent(target, target, DragEvent.DRAG_DROPPED, board, x, y, x, y,
                    TransferMode.COPY, null, target, null);
            javafx.event.Event.fireEvent(target, drop);
            outcome[1] = drop.isDropCompleted();
        });
        return outcome[0] && outcome[1];
    }

    /** What a file manager's drag carries: files, to copy. */
    private static final class FilesDragged implements com.sun.javafx.tk.TKClipboard {
        private final List<File> files;

        FilesDragged(List<File> files) {
            this.files = files;
        }

        @Override
        public void setSecurityContext(java.security.AccessControlContext context) {
        }

        @Override
        public java.util.Set<javafx.scene.input.DataFormat> getContentTypes() {
            return java.util.Set.of(javafx.scene.input.DataFormat.FILES);
        }

        @Override
        @SafeVarargs
        public final boolean putContent(javafx.util.Pair<javafx.scene.input.DataFormat, Object>... content) {
            return false;
        }

        @Override
        public Object getContent(javafx.scene.input.DataFormat format) {
            return format.equals(javafx.scene.input.DataFormat.FILES) ? files : null;
        }

        @Override
        public boolean hasContent(javafx.scene.input.DataFormat format) {
            return format.equals(javafx.scene.input.DataFormat.FILES);
        }

        @Override
        public java.util.Set<TransferMode> getTransferModes() {
            return java.util.Set.of(TransferMode.COPY);
        }

        @Override
        public void setDragView(javafx.scene.image.Image image) {
        }

        @Override
        public void setDragViewOffsetX(double offset) {
        }

        @Override
        public void setDragViewOffsetY(double offset) {
        }

        @Override
        public javafx.scene.image.Image getDragView() {
            return null;
        }

        @Override
        public double getDragViewOffsetX() {
            return 0;
        }

        @Override
        public double getDragViewOffsetY() {
            return 0;
        }
    }

}
