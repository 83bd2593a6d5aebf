package org.trustcase.app.ui.deadlines;

import java.net.URL;
import java.util.Objects;

/** The deadlines stylesheet ({@code deadlines.css} beside the views): clock colours, cards and badges. */
public final class Stylesheet {
    private static final URL CSS = Stylesheet.class.getResource("deadlines.css");

    private Stylesheet() {
    }

    public static String url() {
        return Objects.requireNonNull(CSS, "deadlines.css").toExternalForm();
    }
}
