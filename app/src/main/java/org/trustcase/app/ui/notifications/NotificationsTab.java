package org.trustcase.app.ui.notifications;

import javafx.scene.Node;
import org.trustcase.app.ui.casefile.CaseTabContext;
import org.trustcase.app.ui.casefile.ViewCaseTab;
import org.trustcase.app.ui.support.Views;

/**
 * The case's Notifications tab. So far it holds the recipient register (the data subjects to be told); the
 * authority's notification and the letters come next.
 */
public final class NotificationsTab extends ViewCaseTab {
    /** The stable id of the case's Notifications tab, to open a case on it. */
    public static final String TAB_ID = "case-tab-notifications";

    public NotificationsTab(Views views) {
        super(TAB_ID, "case.tab.notifications", 500, views);
    }

    @Override
    public Node content(CaseTabContext openCase) {
        return views.load(RecipientsController.class, openCase).root();
    }
}
