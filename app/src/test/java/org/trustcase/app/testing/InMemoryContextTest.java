package org.trustcase.app.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.trustcase.app.AppContext;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.CaseDetails;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.common.ConcurrentChangeException;
import org.trustcase.model.common.RuleViolationException;

class InMemoryContextTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-30T10:00:00Z"));
    private final AppContext context = TestContexts.inMemory(clock);

    private BreachCase open(String title) {
        return context.cases().open(CaseDetails.builder().title(title).awareAt(clock.instant()).build());
    }

    @Test
    void numbersCasesPerYearAndListsNewestFirst() {
        open("first");
        open("second");
        assertThat(context.cases().list()).extracting(c -> c.reference().toString())
                .containsExactly("TC-2026-0002", "TC-2026-0001");
    }

    @Test
    void refusesAnUpdateBasedOnAStaleVersion() {
        BreachCase created = open("case");
        context.cases().update(created.reference(), created.version(),
                created.details().toBuilder().owner("Anna").build());
        assertThatThrownBy(() -> context.cases().update(created.reference(), created.version(),
                created.details().toBuilder().owner("Piotr").build()))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(context.cases().get(created.reference()).details().owner()).isEqualTo("Anna");
    }

    @Test
    void aRefusedMoveStoresNothing() {
        BreachCase created = open("case");
        context.cases().move(created.reference(), null, CaseStatus.TRIAGE, null);
        int events = context.audit().ofCase(created.reference().toString()).size();
        assertThatThrownBy(() -> context.cases().move(created.reference(), null, CaseStatus.INVESTIGATING, null))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("no owner assigned");
        assertThat(context.cases().get(created.reference()).status()).isEqualTo(CaseStatus.TRIAGE);
        assertThat(context.audit().ofCase(created.reference().toString())).hasSize(events);
    }

    @Test
    void demoCasesCoverEveryStatus() {
        DemoCases.seed(context, clock);
        assertThat(context.cases().list()).hasSize(8)
                .extracting(BreachCase::status).contains(CaseStatus.values());
    }
}
