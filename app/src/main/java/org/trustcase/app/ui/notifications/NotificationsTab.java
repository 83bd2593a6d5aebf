package org.trustcase.app.ui.notifications;

import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.trustcase.app.ui.casefile.CaseTabContext;
import org.trustcase.app.ui.casefile.ViewCaseTab;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.Views;

/**
 * The case's Notifications tab: the supervisory authority's notification (its draft and every notification sent),
 * the letters to data subjects, and the recipient register.
 */
public final class NotificationsTab extends ViewCaseTab {
    /** The stable id of the case's Notifications tab, to open a case on it. */
    public static final String TAB_ID = "case-tab-notifications";

    public NotificationsTab(Views views) {
        super(TAB_ID, "case.tab.notifications", 500, views);
    }

    @Override
    public Node content(CaseTabContext openCase) {
        Messages messages = views.get(Messages.class);
        TabPane parts = new TabPane();
        parts.setId("notifications-parts");
        parts.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Views.View<AuthorityController> authority = views.load(AuthorityController.class, openCase);
        Views.View<LettersController> letters = views.load(LettersController.class, openCase);
        Views.View<RecipientsController> recipients = views.load(RecipientsController.class, openCase);
        parts.getTabs().add(part("notifications-part-authority", messages.get("notifications.part.authority"),
                authority.root(), authority.controller()::shown));
        parts.getTabs().add(part("notifications-part-letters", messages.get("notifications.part.letters"),
                letters.root(), letters.controller()::shown));
        parts.getTabs().add(part("notifications-part-recipients", messages.get("notifications.part.recipients"),
                recipients.root(), recipients.controller()::shown));
        return parts;
    }

    /** A part, read again each time it is chosen (another part may have changed what it shows). */
    private static Tab part(String id, String title, Node content, Runnable shown) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        tab.setOnSelectionChanged(event -> {
            if (tab.isSelected()) {
                shown.run();
            }
        });
        return tab;
    }
}
