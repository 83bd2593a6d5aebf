package org.trustcase.app.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.trustcase.app.AppContext;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.CaseStatus;

class TestContextsTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-30T10:00:00Z"));

    @Test
    void demoCasesCoverEveryStatusThroughTheRealRules() {
        try (AppContext context = TestContexts.workspace(clock)) {
            DemoCases.seed(context, clock);
            assertThat(org.trustcase.app.testing.TestContexts.allCases(context)).hasSize(8)
                    .extracting(BreachCase::status).contains(CaseStatus.values());
        }
    }

    @Test
    void theWorkspaceFolderIsRemovedOnClose() {
        AppContext context = TestContexts.workspace(clock, TestContexts.ACTOR, true);
        Path dir = context.workspaceDirectory();
        assertThat(dir.resolve("trustcase.db")).isRegularFile();
        assertThat(context.isDemo()).isTrue();
        context.close();
        assertThat(dir).doesNotExist();
    }
}
