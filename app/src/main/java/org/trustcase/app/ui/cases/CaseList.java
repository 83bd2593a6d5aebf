package org.trustcase.app.ui.cases;

import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;

/**
 * The window's signal that cases changed (one was opened, edited, moved, its clocks settled): every list
 * of the window reads its page again. The lists are queries; nothing here holds the cases themselves.
 */
public final class CaseList {
    private final ReadOnlyLongWrapper changes = new ReadOnlyLongWrapper(this, "changes", 0);
    private final ReadOnlyLongWrapper changesElsewhere = new ReadOnlyLongWrapper(this, "changesElsewhere", 0);

    /** Counts the changes announced so far; listen to it to read again. JavaFX thread. */
    public ReadOnlyLongProperty changesProperty() {
        return changes.getReadOnlyProperty();
    }

    /** Announces that cases changed, so that every list reads again. JavaFX thread. */
    public void reload() {
        changes.set(changes.get() + 1);
    }

    /**
     * Counts the changes another process (a script, a second window) made to the workspace; listen to it to
     * read again what is shown beside the lists (an open case). JavaFX thread.
     */
    public ReadOnlyLongProperty changesElsewhereProperty() {
        return changesElsewhere.getReadOnlyProperty();
    }

    /** Announces that another process changed the workspace: every list reads again, and so do open cases. */
    public void changedElsewhere() {
        changesElsewhere.set(changesElsewhere.get() + 1);
        reload();
    }
}
