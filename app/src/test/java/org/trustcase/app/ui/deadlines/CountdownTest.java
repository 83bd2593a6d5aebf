package org.trustcase.app.ui.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.trustcase.app.ui.support.Messages;

class CountdownTest {
    private static final Instant NOW = Instant.parse("2026-03-30T10:00:00Z");
    private final Countdown countdown = new Countdown(Messages.forLocale(Locale.ENGLISH));

    private String in(Duration left) {
        return countdown.until(NOW.plus(left), NOW);
    }

    @Test
    void daysAndHoursWhileMoreThanADayIsLeft() {
        assertThat(in(Duration.ofDays(2).plusHours(5).plusMinutes(59))).isEqualTo("in 2 d 5 h");
        assertThat(in(Duration.ofDays(3))).isEqualTo("in 3 d");
        assertThat(in(Duration.ofHours(24))).isEqualTo("in 1 d");
    }

    @Test
    void hoursAndMinutesOnTheLastDay() {
        assertThat(in(Duration.ofHours(23).plusMinutes(59).plusSeconds(59))).isEqualTo("in 23 h 59 min");
        assertThat(in(Duration.ofHours(6))).isEqualTo("in 6 h");
        assertThat(in(Duration.ofHours(1).plusMinutes(5))).isEqualTo("in 1 h 5 min");
    }

    @Test
    void minutesAndSecondsInTheLastHourSoThatItTicks() {
        assertThat(in(Duration.ofMinutes(59).plusSeconds(59))).isEqualTo("in 59 min 59 s");
        assertThat(in(Duration.ofMinutes(12))).isEqualTo("in 12 min");
        assertThat(in(Duration.ofSeconds(42))).isEqualTo("in 42 s");
        assertThat(countdown.until(NOW.plusSeconds(600), NOW.plusSeconds(1)))
                .isNotEqualTo(countdown.until(NOW.plusSeconds(600), NOW));
    }

    @Test
    void overdueSaysByHowMuch() {
        assertThat(in(Duration.ofHours(-3))).isEqualTo("overdue by 3 h");
        assertThat(in(Duration.ofDays(-1).minusHours(2))).isEqualTo("overdue by 1 d 2 h");
        assertThat(in(Duration.ofSeconds(-1))).isEqualTo("overdue by 1 s");
        assertThat(in(Duration.ofMillis(-300))).isEqualTo("overdue by 1 s");
    }

    @Test
    void exactlyAtTheDueTime() {
        assertThat(in(Duration.ZERO)).isEqualTo("due now");
    }
}
