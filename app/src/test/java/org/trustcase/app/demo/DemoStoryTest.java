package org.trustcase.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustcase.app.AppContext;
import org.trustcase.app.bootstrap.AppContextFactory;
import org.trustcase.model.audit.AuditAction;
import org.trustcase.model.audit.AuditEvent;
import org.trustcase.model.caseclocks.ClockOutcome;
import org.trustcase.model.common.Actor;

/**
 * The demo workspace tells a consistent story: its cases are recorded by their fictional people, never by whoever
 * created the workspace; each step at a time no later than now and no earlier than the one before; no decision after
 * the notification it led to.
 */
class DemoStoryTest {
    private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");

    @TempDir
    Path dir;

    @Test
    void theDemoCasesAreRecordedByTheirPeopleInTheOrderOfTheirStory() {
        try (AppContext context = new AppContextFactory(Clock.fixed(NOW, ZoneOffset.UTC), new Actor("os-user"))
                .create(dir.resolve("demo"), true)) {
            List<AuditEvent> events = context.audit().all();
            Map<String, List<AuditEvent>> byCase = events.stream().filter(e -> e.caseReference() != null)
                    .collect(Collectors.groupingBy(AuditEvent::caseReference));
            assertThat(byCase).hasSize(12);

            assertThat(byCase.values().stream().flatMap(List::stream).map(AuditEvent::actor).distinct())
                    .as("the demo's people, not the user who made the workspace")
                    .containsExactlyInAnyOrder("Julia Kaczmarek", "Piotr Zieliński");
            for (List<AuditEvent> story : byCase.values()) {
                for (int i = 1; i < story.size(); i++) {
                    assertThat(story.get(i).occurredAt()).as(story.get(i).toString())
                            .isAfterOrEqualTo(story.get(i - 1).occurredAt()).isBeforeOrEqualTo(NOW);
                }
                Instant decided = story.stream().filter(e -> e.action() == AuditAction.DECISION_RECORDED)
                        .map(AuditEvent::occurredAt).findFirst().orElse(null);
                String ref = story.get(0).caseReference();
                for (ClockOutcome outcome : context.clocks().facts(org.trustcase.model.cases.CaseReference.parse(ref))
                        .outcomes().values()) {
                    if (outcome.kind() == ClockOutcome.Kind.MET) {
                        assertThat(decided).as(ref + ": a decision before the notification it led to").isNotNull()
                                .isBefore(outcome.at());
                    }
                }
            }
        }
    }
}
