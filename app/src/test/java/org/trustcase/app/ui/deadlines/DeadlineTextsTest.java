package org.trustcase.app.ui.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.model.deadlines.DeadlineEvent;
import org.trustcase.model.deadlines.DeadlineKind;

class DeadlineTextsTest {
    private final Messages messages = Messages.forLocale(Locale.ENGLISH);

    @Test
    void everyStateKindAndEventHasAReadableLabel() {
        Stream.of(ClockState.values(), DeadlineKind.values(), DeadlineEvent.values()).flatMap(Stream::of)
                .forEach(value -> assertThat(messages.has(Messages.labelKey(value)))
                        .as("label %s", Messages.labelKey(value)).isTrue());
        for (DeadlineKind kind : DeadlineKind.values()) {
            assertThat(messages.has(Messages.labelKey(kind) + ".tooltip")).isTrue();
        }
        assertThat(messages.label(ClockState.MET_LATE)).isEqualTo("Met late");
        assertThat(messages.label(DeadlineEvent.AWARE)).isEqualTo("Became aware");
    }

    @Test
    void anAlertTitleSaysTheTimeLeftOrHowLongOverdue() {
        assertThat(messages.format("deadlines.alert.due-in", "GDPR-SA", "2 h 5 min"))
                .isEqualTo("GDPR-SA: due in 2 h 5 min");
        assertThat(messages.format("deadlines.alert.overdue-by", "GDPR-SA", "3 h")).isEqualTo("GDPR-SA: overdue by 3 h");
    }

    @Test
    void countsRunningAndOverdueClocksInWords() {
        assertThat(messages.format("deadlines.screen.count", 0, 0)).isEqualTo("No clock running");
        assertThat(messages.format("deadlines.screen.count", 1, 1)).isEqualTo("1 clock running · 1 overdue");
        assertThat(messages.format("deadlines.screen.count", 12, 3)).isEqualTo("12 clocks running · 3 overdue");
    }
}
