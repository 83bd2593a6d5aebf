package org.trustcase.app.ui.shell;

/**
 * What the page being shown says when the user leaves it: a page holding unsaved work asks whether to save it,
 * discard it or stay. Set by the page ({@link Navigation#guardLeaving}); cleared when another page is shown.
 */
public interface LeaveGuard {

    /** True while the page holds work that leaving would lose. JavaFX thread. */
    boolean hasUnsavedWork();

    /**
     * Asks the user what to do with the unsaved work; runs {@code leave} once it is saved or discarded, never when
     * the user stays or the save is refused. JavaFX thread.
     */
    void confirmLeave(Runnable leave);
}
