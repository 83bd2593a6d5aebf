package org.trustcase.app.ui.deadlines;

import java.util.Objects;
import java.util.Optional;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.model.caseclocks.ClockCoverage;

/**
 * The words for a case whose jurisdictions leave it without a clock, or partly without: a headline
 * ("No clock: add a jurisdiction") and what to do about it. Shared by the case header and the Deadlines tab.
 */
public final class CoverageText {
    private final Messages messages;

    public CoverageText(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /** The headline, as a sentence; empty when nothing is missing. */
    public Optional<String> headline(ClockCoverage coverage) {
        return coverage.notice().map(messages::render).map(CoverageText::sentence);
    }

    /** What the DPO can do about it; empty when nothing is missing. */
    public Optional<String> hint(ClockCoverage coverage) {
        return switch (coverage.gap()) {
            case COVERED, SETTLED -> Optional.empty();
            case NO_JURISDICTION -> Optional.of(messages.get("coverage.hint.no-jurisdiction"));
            case NONE_COVERED, SOME_UNCOVERED -> Optional.of(messages.get("coverage.hint.uncovered"));
        };
    }

    /** The headline and the hint in one line, for a banner; empty when nothing is missing. */
    public Optional<String> banner(ClockCoverage coverage) {
        return headline(coverage).map(h -> messages.format("coverage.banner", h, hint(coverage).orElse("")));
    }

    private static String sentence(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
