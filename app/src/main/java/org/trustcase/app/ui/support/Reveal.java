package org.trustcase.app.ui.support;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/** Brings a control into view and gives it the keyboard focus, as a link to it should. */
public final class Reveal {
    private Reveal() {
    }

    /** Scrolls the nearest scroll pane holding {@code node} so that it is in view, then focuses it. JavaFX thread. */
    public static void andFocus(Node node) {
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof ScrollPane pane && pane.getContent() != null) {
                Bounds in = pane.getContent().sceneToLocal(node.localToScene(node.getLayoutBounds()));
                double range = pane.getContent().getLayoutBounds().getHeight() - pane.getViewportBounds().getHeight();
                if (range > 0) {
                    pane.setVvalue(Math.max(0, Math.min(1, (in.getMinY() - 24) / range)));
                }
                break;
            }
        }
        node.requestFocus();
    }
}
