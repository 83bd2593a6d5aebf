package org.trustcase.app.ui.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.trustcase.app.ui.support.Messages;

class DueTextTest {
    private final Messages messages = Messages.forLocale(Locale.ENGLISH);

    @Test
    void showsTheUsersZoneAndTheAuthoritysOnlyWhenItsClocksReadOtherwise() {
        DueText warsawUser = new DueText(ZoneId.of("Europe/Warsaw"), messages);
        assertThat(warsawUser.both(Instant.parse("2026-03-30T10:00:00Z"), ZoneId.of("Europe/Warsaw")))
                .isEqualTo("2026-03-30 12:00 CEST");
        DueText berlinUser = new DueText(ZoneId.of("Europe/Berlin"), messages);
        assertThat(berlinUser.both(Instant.parse("2026-03-30T10:00:00Z"), ZoneId.of("Europe/Warsaw")))
                .as("the same wall time in another zone adds nothing").isEqualTo("2026-03-30 12:00 CEST");
        DueText londonUser = new DueText(ZoneId.of("Europe/London"), messages);
        assertThat(londonUser.both(Instant.parse("2026-03-30T10:00:00Z"), ZoneId.of("Europe/Warsaw")))
                .isEqualTo("2026-03-30 11:00 BST · Europe/Warsaw 12:00");
        DueText utcUser = new DueText(ZoneId.of("UTC"), messages);
        assertThat(utcUser.both(Instant.parse("2026-03-30T10:00:00Z"), ZoneId.of("Europe/Warsaw")))
                .isEqualTo("2026-03-30 10:00 UTC · Europe/Warsaw 12:00");
    }

    @Test
    void namesTheAuthoritysDateWhenItDiffersAndKeepsTheLastSecondOfADay() {
        DueText utcUser = new DueText(ZoneId.of("UTC"), messages);
        assertThat(utcUser.both(Instant.parse("2026-07-31T06:59:59Z"), ZoneId.of("America/Los_Angeles")))
                .isEqualTo("2026-07-31 06:59:59 UTC · America/Los_Angeles 2026-07-30 23:59:59");
    }
}
