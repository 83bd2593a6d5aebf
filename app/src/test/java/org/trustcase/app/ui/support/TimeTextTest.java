package org.trustcase.app.ui.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class TimeTextTest {
    private final TimeText warsaw = new TimeText(ZoneId.of("Europe/Warsaw"));

    @Test
    void showsInstantsInTheUsersZone() {
        assertThat(warsaw.display(Instant.parse("2026-03-30T10:00:00Z"))).isEqualTo("2026-03-30 12:00 CEST");
        assertThat(warsaw.display(Instant.parse("2026-01-10T10:00:00Z"))).isEqualTo("2026-01-10 11:00 CET");
        assertThat(warsaw.input(Instant.parse("2026-03-30T10:00:00Z"))).isEqualTo("2026-03-30 12:00");
        assertThat(warsaw.display(null)).isEmpty();
    }

    @Test
    void readsTheAcceptedForms() {
        Instant expected = Instant.parse("2026-03-30T10:00:00Z");
        assertThat(warsaw.parse("2026-03-30 12:00")).contains(expected);
        assertThat(warsaw.parse(" 2026-03-30T12:00 ")).contains(expected);
        assertThat(warsaw.parse("2026-03-30T10:00:00Z")).contains(expected);
        assertThat(warsaw.parse("2026-03-30T12:00+02:00")).contains(expected);
        assertThat(warsaw.parse("  ")).isEmpty();
    }

    @Test
    void rejectsWhatIsNoDateAndTime() {
        assertThatThrownBy(() -> warsaw.parse("30.03.2026")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> warsaw.parse("2026-02-30 12:00")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> warsaw.parse("2026-03-30 25:00")).isInstanceOf(DateTimeParseException.class);
    }
}
