package org.trustcase.app.ui.deadlines;

import org.trustcase.app.ui.support.Messages;
import org.trustcase.model.deadlines.DeadlineRule;

/**
 * Which rule a clock follows, in words: its citation, how far it was checked and when, and for a rule that changed over
 * time, the period of the version followed ({@code Cal. Civ. Code § 1798.82 · secondary source, checked 2026-12-07 ·
 * version in force from 2026-01-01}), days written as everywhere in the window.
 */
final class RuleVersionText {
    private RuleVersionText() {
    }

    static String of(DeadlineRule rule, Messages messages) {
        String checked = messages.format("deadlines.tab.rule-checked." + rule.verification().code(), rule.citation(),
                rule.checked().toString());
        if (!rule.dated()) {
            return checked;
        }
        String version;
        if (rule.effectiveUntil() == null) {
            version = messages.format("deadlines.tab.rule-version-from", rule.effectiveFrom().toString());
        } else if (rule.effectiveFrom() == null) {
            version = messages.format("deadlines.tab.rule-version-until", rule.effectiveUntil().toString());
        } else {
            version = messages.format("deadlines.tab.rule-version-between", rule.effectiveFrom().toString(),
                    rule.effectiveUntil().toString());
        }
        return messages.format("deadlines.tab.rule-with-version", checked, version);
    }
}
