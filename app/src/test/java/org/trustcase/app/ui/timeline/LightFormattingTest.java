package org.trustcase.app.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.trustcase.app.ui.timeline.LightFormatting.Run;

class LightFormattingTest {
    @Test
    void boldItalicAndListItemsAreRead() {
        assertThat(LightFormatting.runs("First login at **03:12** from a *VPN* node\n- reset passwords\n- wipe"))
                .containsExactly(new Run("First login at ", false, false), new Run("03:12", true, false),
                        new Run(" from a ", false, false), new Run("VPN", false, true),
                        new Run(" node\n\u2022 reset passwords\n\u2022 wipe", false, false));
    }

    @Test
    void aMarkWithoutItsPairIsText() {
        assertThat(LightFormatting.runs("2 * 3 = 6 and **unfinished")).containsExactly(
                new Run("2 * 3 = 6 and **unfinished", false, false));
        assertThat(LightFormatting.runs("")).isEmpty();
    }
}
