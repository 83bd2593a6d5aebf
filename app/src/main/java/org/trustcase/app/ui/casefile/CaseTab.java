package org.trustcase.app.ui.casefile;

import javafx.scene.Node;

/**
 * One tab of the case view, as a plug-in: a capability that has something to show for a case registers its tab in
 * the composition root ({@code MainWindow.create}), and the case view shows the registered tabs in their order.
 * A capability that does not exist has no tab; nothing is shown as a placeholder.
 *
 * <p>The orders of the tabs of the design, so that new ones slot in between: Overview 100, Assessment 200,
 * Deadlines 300, Evidence 400, Notifications 500, Tasks 600, Timeline 700, Audit 800.
 */
public interface CaseTab {

    /** The tab's stable id ({@code case-tab-deadlines}), for tests, scripts and {@code Navigation.openCase(ref, id)}. */
    String id();

    /** The key of the tab's title in the message bundle ({@code case.tab.deadlines}). */
    String titleKey();

    /** Where the tab goes: tabs are shown by ascending order. */
    int order();

    /**
     * Builds the tab's content for one open case; called on the JavaFX thread each time a case is opened. The content
     * reads what it shows in the background (at once, or when {@link CaseTabContext#selectedProperty()} first turns
     * true).
     */
    Node content(CaseTabContext openCase);
}
