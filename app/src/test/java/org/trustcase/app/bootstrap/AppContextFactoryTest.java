package org.trustcase.app.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustcase.app.AppContext;
import org.trustcase.app.testing.MutableClock;
import org.trustcase.model.common.Actor;

class AppContextFactoryTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-30T10:00:00Z"));
    private final AppContextFactory factory = new AppContextFactory(clock, new Actor("anna.dpo"));

    @Test
    void everyContextHasClocksOfItsOwn(@TempDir Path first, @TempDir Path second) {
        try (AppContext one = factory.create(first, false); AppContext other = factory.create(second, false)) {
            assertThat(one.clocks().engine()).isNotSameAs(other.clocks().engine());
            assertThat(one.clocks().engine().engine().catalog().rules()).isNotEmpty();
        }
    }

    @Test
    void aReopenedWorkspaceGetsNewClocks(@TempDir Path dir) {
        Object before;
        try (AppContext created = factory.create(dir, false)) {
            before = created.clocks().engine();
        }
        try (AppContext reopened = factory.open(dir)) {
            assertThat(reopened.clocks().engine()).isNotSameAs(before);
        }
    }
}
