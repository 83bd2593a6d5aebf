package org.trustcase.app.ui.deadlines;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.model.deadlines.DeadlineKind;

/** A clock's state, or a rule's kind (legal or target), as a coloured pill; colours from {@code deadlines.css}. */
public final class ClockBadge {
    private ClockBadge() {
    }

    public static Label state(ClockState state, Messages messages) {
        Label badge = new Label();
        badge.setMinWidth(Region.USE_PREF_SIZE);
        update(badge, state, messages);
        return badge;
    }

    public static void update(Label badge, ClockState state, Messages messages) {
        badge.getStyleClass().removeIf(ClockState::isStyleClass);
        if (!badge.getStyleClass().contains("clock-badge")) {
            badge.getStyleClass().add("clock-badge");
        }
        badge.getStyleClass().add(state.styleClass());
        badge.setText(messages.label(state));
    }

    public static Label kind(DeadlineKind kind, Messages messages) {
        Label badge = new Label(messages.label(kind));
        badge.setMinWidth(Region.USE_PREF_SIZE);
        badge.getStyleClass().addAll("kind-badge", "kind-" + kind.code());
        badge.setTooltip(new javafx.scene.control.Tooltip(messages.get(Messages.labelKey(kind) + ".tooltip")));
        return badge;
    }
}
