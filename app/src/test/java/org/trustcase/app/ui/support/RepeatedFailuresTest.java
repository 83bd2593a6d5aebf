package org.trustcase.app.ui.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.trustcase.app.ui.support.RepeatedFailures.Outcome;

class RepeatedFailuresTest {
    private static final Instant T0 = Instant.parse("2026-03-30T10:00:00Z");

    private final RepeatedFailures failures = new RepeatedFailures(Duration.ofSeconds(10));

    @Test
    void theSameFailureWhileItsDialogIsOpenIsCountedThere() {
        assertThat(failures.arrived("disk gone", T0)).isEqualTo(Outcome.SHOW);
        assertThat(failures.arrived("disk gone", T0.plusSeconds(1))).isEqualTo(Outcome.COUNT_IN_OPEN_DIALOG);
        assertThat(failures.arrived("disk gone", T0.plusSeconds(60))).isEqualTo(Outcome.COUNT_IN_OPEN_DIALOG);
        assertThat(failures.count("disk gone")).isEqualTo(3);
    }

    @Test
    void aDifferentFailureGetsADialogOfItsOwn() {
        failures.arrived("disk gone", T0);
        assertThat(failures.arrived("too big", T0)).isEqualTo(Outcome.SHOW);
    }

    @Test
    void shortlyAfterItsDialogClosedTheSameFailureIsOnlyLoggedLaterItIsShownAgain() {
        failures.arrived("disk gone", T0);
        failures.closed("disk gone", T0.plusSeconds(5));

        assertThat(failures.arrived("disk gone", T0.plusSeconds(8))).isEqualTo(Outcome.LOG_ONLY);
        assertThat(failures.arrived("disk gone", T0.plusSeconds(14))).isEqualTo(Outcome.LOG_ONLY);
        assertThat(failures.arrived("disk gone", T0.plusSeconds(24))).isEqualTo(Outcome.SHOW);
        assertThat(failures.count("disk gone")).isEqualTo(1);
    }
}
