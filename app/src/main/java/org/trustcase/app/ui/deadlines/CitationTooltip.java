package org.trustcase.app.ui.deadlines;

import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.model.deadlines.DeadlineRule;

/** The legal source of a rule, with its note (caveats, what is unverified) and the text it was checked against. */
final class CitationTooltip {
    private CitationTooltip() {
    }

    static Tooltip of(DeadlineRule rule, Messages messages) {
        String text = rule.noteText().map(note -> messages.format("deadlines.tab.citationNote", rule.citation(), note))
                .orElseGet(() -> messages.format("deadlines.tab.citation", rule.citation()));
        text = messages.format("deadlines.tab.citationSource", text, rule.source());
        Tooltip tooltip = new Tooltip(text);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(480);
        tooltip.setShowDelay(Duration.millis(250));
        tooltip.setShowDuration(Duration.seconds(30));
        return tooltip;
    }
}
