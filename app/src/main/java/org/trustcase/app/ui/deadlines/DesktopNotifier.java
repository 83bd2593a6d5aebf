package org.trustcase.app.ui.deadlines;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.kordamp.ikonli.javafx.FontIcon;
import org.trustcase.app.ui.shell.Navigation;
import org.trustcase.app.ui.shell.Section;
import org.trustcase.app.ui.support.Messages;

/**
 * Shows deadline alerts as desktop notifications over the main window (ControlsFX), with the case, the rule,
 * whom to notify and the due time; clicking one opens the case on its Deadlines tab. Nothing is shown while the
 * window is not on screen.
 */
public final class DesktopNotifier implements DeadlineNotifier {
    private static final Duration SHOWN_FOR = Duration.seconds(20);
    /** More alerts at once are shown as one, which leads to the Deadlines screen. */
    private static final int MAX_SHOWN = 3;

    private final Supplier<Window> owner;
    private final Navigation navigation;
    private final Messages messages;
    private final DueText due;
    private final BooleanSupplier dark;
    private final Countdown countdown;
    private final Supplier<Instant> now;

    /**
     * @param dark true while the dark theme is on (the notification then uses its dark style)
     * @param now the window's clock, for the time really left when the alert is shown
     */
    public DesktopNotifier(Supplier<Window> owner, Navigation navigation, Messages messages, DueText due,
            BooleanSupplier dark, Supplier<Instant> now) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.navigation = Objects.requireNonNull(navigation, "navigation");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.due = Objects.requireNonNull(due, "due");
        this.dark = Objects.requireNonNull(dark, "dark");
        this.countdown = new Countdown(messages);
        this.now = Objects.requireNonNull(now, "now");
    }

    @Override
    public void show(DeadlineAlert alert) {
        Window window = owner.get();
        if (window == null || !window.isShowing()) {
            return;
        }
        DeadlineEntry entry = alert.entry();
        boolean passed = alert.threshold() == AlertThreshold.PASSED;
        FontIcon icon = new FontIcon(passed ? "mdi2a-alarm-note-off" : "mdi2a-alarm");
        icon.setIconSize(28);
        icon.getStyleClass().addAll("alert-icon", passed ? "alert-icon-passed" : "alert-icon-due");
        // more than MAX_SHOWN on screen at once collapse into this one
        Notifications many = Notifications.create()
                .title(messages.get("deadlines.alert.many"))
                .text(messages.get("deadlines.alert.many.text"))
                .onAction(event -> navigation.show(Section.DEADLINES));
        Notifications notification = Notifications.create()
                .owner(window)
                .position(Pos.BOTTOM_RIGHT)
                .graphic(icon)
                .title(title(alert))
                .text(text(alert))
                .hideAfter(SHOWN_FOR)
                .styleClass("deadline-alert")
                .onAction(event -> navigation.openCase(entry.reference(), CaseDeadlinesTab.TAB_ID))
                .threshold(MAX_SHOWN, many);
        if (dark.getAsBoolean()) {
            notification.darkStyle();
            many.darkStyle();
        }
        notification.show();
        styleLikeTheApp();
    }

    @Override
    public void showSummary(Map<AlertThreshold, Long> counts) {
        Window window = owner.get();
        if (window == null || !window.isShowing()) {
            return;
        }
        FontIcon icon = new FontIcon("mdi2a-alarm-multiple");
        icon.setIconSize(28);
        icon.getStyleClass().addAll("alert-icon", counts.containsKey(AlertThreshold.PASSED)
                ? "alert-icon-passed" : "alert-icon-due");
        Notifications notification = Notifications.create()
                .owner(window)
                .position(Pos.BOTTOM_RIGHT)
                .graphic(icon)
                .title(messages.get("deadlines.alert.many"))
                .text(summaryText(counts))
                .hideAfter(SHOWN_FOR)
                .styleClass("deadline-alert")
                .onAction(event -> navigation.show(Section.DEADLINES));
        if (dark.getAsBoolean()) {
            notification.darkStyle();
        }
        notification.show();
        styleLikeTheApp();
    }

    /** "312 deadlines passed · 5 due within 1 hour", the most urgent first, then where to see them. */
    public String summaryText(Map<AlertThreshold, Long> counts) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        for (AlertThreshold threshold : new AlertThreshold[] {AlertThreshold.PASSED, AlertThreshold.HOUR,
                AlertThreshold.SIX_HOURS, AlertThreshold.DAY}) {
            Long count = counts.get(threshold);
            if (count != null && count > 0) {
                parts.add(messages.format("deadlines.alert.summary." + threshold.code(), count));
            }
        }
        return messages.format("deadlines.alert.summary", String.join(" · ", parts));
    }

    /**
     * "GDPR-SA: due in 2 h 5 min", "GDPR-SA: overdue by 3 h": the time really left when the alert is shown, not
     * the window it entered (a clock due in two hours entered the six-hour window long ago).
     */
    public String title(DeadlineAlert alert) {
        Instant due = alert.entry().clock().dueAt();
        Instant at = now.get();
        long seconds = java.time.Duration.between(at, due).getSeconds();
        String key = seconds > 0 ? "deadlines.alert.due-in" : "deadlines.alert.overdue-by";
        return messages.format(key, alert.entry().ruleId(), countdown.span(Math.abs(seconds)));
    }

    /** The case, whom to notify and the due time in both zones. */
    public String text(DeadlineAlert alert) {
        DeadlineEntry entry = alert.entry();
        return messages.format("deadlines.alert.text", entry.reference().toString(), entry.title(),
                entry.clock().rule().recipient(), due.both(entry.clock()));
    }

    /**
     * Gives the notification popups the application's stylesheets, so that an alert looks like the app (its
     * colours, its fonts, light or dark) instead of ControlsFX's own grey bar. The popups are windows of their own,
     * which the main window's stylesheets do not reach.
     */
    private static void styleLikeTheApp() {
        for (Window shown : Window.getWindows()) {
            if (shown instanceof javafx.stage.PopupWindow && shown.getScene() != null
                    && shown.getScene().getRoot().lookup(".notification-bar") != null) {
                var sheets = shown.getScene().getStylesheets();
                for (String sheet : java.util.List.of(org.trustcase.app.ui.theme.ThemeSettings.stylesheet(),
                        Stylesheet.url())) {
                    if (!sheets.contains(sheet)) {
                        sheets.add(sheet);
                    }
                }
            }
        }
    }
}
