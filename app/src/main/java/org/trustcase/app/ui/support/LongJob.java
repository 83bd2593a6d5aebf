package org.trustcase.app.ui.support;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * A started long job, as a screen shows it: bind a progress bar to {@link #progressProperty()}, a label to
 * {@link #messageProperty()}, a Cancel button to {@link #cancel()}. The properties change on the JavaFX thread.
 */
public interface LongJob<T> {

    /** From 0 to 1; -1 while the job has not said how much there is to do. */
    ReadOnlyDoubleProperty progressProperty();

    /** The job's last message; empty until it gives one. */
    ReadOnlyStringProperty messageProperty();

    /** True from the moment the job is queued until its callbacks have run. */
    ReadOnlyBooleanProperty runningProperty();

    /**
     * Asks the job to stop: a job still waiting in the lane never starts; a running job stops at its next check of
     * {@link Progress#isCancelled()}, and then its {@code onCancelled} handler runs instead of {@code onSuccess}.
     */
    void cancel();

    boolean isCancelled();
}
