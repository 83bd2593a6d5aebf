package org.trustcase.app.ui.deadlines;

/** Shows a deadline alert to the user (a desktop notification in the app). Called on the JavaFX thread. */
@FunctionalInterface
public interface DeadlineNotifier {
    void show(DeadlineAlert alert);
}
