package org.trustcase.app.ui.cases;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.model.cases.CaseStatus;

/** A case status as a coloured pill; colours come from the stylesheet ({@code .status-badge.status-triage}...). */
public final class StatusBadge {
    private StatusBadge() {
    }

    public static Label create(CaseStatus status, Messages messages) {
        Label badge = new Label();
        update(badge, status, messages);
        return badge;
    }

    public static void update(Label badge, CaseStatus status, Messages messages) {
        badge.getStyleClass().removeIf(style -> style.startsWith("status-"));
        badge.getStyleClass().addAll("status-badge", styleClass(status));
        badge.setText(messages.label(status));
        badge.setMinWidth(Region.USE_PREF_SIZE);
    }

    public static String styleClass(CaseStatus status) {
        return "status-" + status.code();
    }
}
