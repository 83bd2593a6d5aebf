package org.trustcase.persistence.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class UtcInstantsTest {
    @Test
    void formatsWithFixedWidthMillisecondsInUtc() {
        assertThat(UtcInstants.format(Instant.parse("2026-03-30T10:00:00Z"))).isEqualTo("2026-03-30T10:00:00.000Z");
        assertThat(UtcInstants.format(Instant.parse("0001-01-01T00:00:00.5Z"))).isEqualTo("0001-01-01T00:00:00.500Z");
        assertThat(UtcInstants.format(Instant.parse("2026-03-30T10:00:00.123999Z")))
                .isEqualTo("2026-03-30T10:00:00.123Z");
        assertThat(UtcInstants.format(null)).isNull();
    }

    @Test
    void parsesBackExactly() {
        Instant instant = Instant.parse("2026-12-31T23:59:59.999Z");
        assertThat(UtcInstants.parse(UtcInstants.format(instant))).isEqualTo(instant);
        assertThat(UtcInstants.parse(null)).isNull();
    }

    @Test
    void textOrderIsTimeOrder() {
        String earlier = UtcInstants.format(Instant.parse("2026-03-30T09:59:59.999Z"));
        String later = UtcInstants.format(Instant.parse("2026-03-30T10:00:00Z"));
        assertThat(earlier).isLessThan(later);
    }

    @Test
    void refusesWhatWouldBreakTheFixedWidthAndReportsBadStoredText() {
        assertThatThrownBy(() -> UtcInstants.format(Instant.parse("+10000-01-01T00:00:00Z")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UtcInstants.parse("30/03/2026"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("30/03/2026");
    }
}
