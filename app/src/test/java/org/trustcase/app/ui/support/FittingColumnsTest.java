package org.trustcase.app.ui.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FittingColumnsTest {
    private static final double[] MIN = {100, 200, 100};
    private static final double[] PREF = {150, 400, 250};

    @Test
    void theFlexibleColumnTakesWhatTheOthersLeaveAtTheirPreferredWidths() {
        assertThat(FittingColumns.share(1000, MIN, PREF, 1)).containsExactly(150, 600, 250);
        assertThat(FittingColumns.share(600, MIN, PREF, 1)).as("the free text gives way first")
                .containsExactly(150, 200, 250);
    }

    @Test
    void onlyOnceTheFlexibleColumnIsAtItsMinimumDoTheOthersShrinkAlike() {
        double[] widths = FittingColumns.share(500, MIN, PREF, 1);
        assertThat(widths[1]).isEqualTo(200);
        // 300 left for two columns that want 400 and need 200: each keeps half its slack
        assertThat(widths[0]).isCloseTo(125, within(0.001));
        assertThat(widths[2]).isCloseTo(175, within(0.001));
        assertThat(FittingColumns.share(300, MIN, PREF, 1)).as("never under the minimums")
                .containsExactly(100, 200, 100);
    }

    @Test
    void withoutAFlexibleColumnTheLastTakesTheRest() {
        assertThat(FittingColumns.share(1000, MIN, PREF, -1)).containsExactly(150, 400, 450);
    }
}
