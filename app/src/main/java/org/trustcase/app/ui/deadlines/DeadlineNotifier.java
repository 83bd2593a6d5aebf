package org.trustcase.app.ui.deadlines;

import java.util.Map;

/** Shows deadline alerts to the user (desktop notifications in the app). Called on the JavaFX thread. */
@FunctionalInterface
public interface DeadlineNotifier {
    /** One clock reached a threshold. */
    void show(DeadlineAlert alert);

    /** Many clocks reached thresholds at once: how many per threshold, shown as one notification. */
    default void showSummary(Map<AlertThreshold, Long> counts) {
    }
}
