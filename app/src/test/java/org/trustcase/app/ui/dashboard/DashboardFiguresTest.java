package org.trustcase.app.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.trustcase.app.AppContext;
import org.trustcase.app.testing.DemoCases;
import org.trustcase.app.testing.MutableClock;
import org.trustcase.app.testing.TestContexts;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.CaseStatus;

class DashboardFiguresTest {

    @Test
    void countsTheDemoWorkspace() {
        MutableClock clock = new MutableClock(DemoCases.NOW);
        AppContext context = TestContexts.workspace(clock);
        DemoCases.seed(context, clock);

        DashboardFigures figures = DashboardFigures.of(context.cases().list(), context.audit().all(),
                clock.instant(), ZoneOffset.UTC);

        assertThat(figures.openByStatus()).containsOnlyKeys(CaseStatus.NEW, CaseStatus.TRIAGE,
                CaseStatus.INVESTIGATING, CaseStatus.NOTIFYING);
        assertThat(figures.openByStatus().get(CaseStatus.NEW)).isEqualTo(2);
        assertThat(figures.openByStatus().get(CaseStatus.TRIAGE)).isEqualTo(1);
        assertThat(figures.openByStatus().get(CaseStatus.INVESTIGATING)).isEqualTo(2);
        assertThat(figures.openByStatus().get(CaseStatus.NOTIFYING)).isEqualTo(1);
        assertThat(figures.openedThisYear()).isEqualTo(8);
        assertThat(figures.closedThisYear()).isEqualTo(2);
        assertThat(figures.recentlyAware()).hasSize(5)
                .extracting(BreachCase::reference).extracting(Object::toString)
                .containsExactly("TC-2026-0008", "TC-2026-0007", "TC-2026-0006", "TC-2026-0005", "TC-2026-0003");
    }

    @Test
    void anEmptyWorkspaceHasZeroes() {
        DashboardFigures figures = DashboardFigures.of(java.util.List.of(), java.util.List.of(),
                DemoCases.NOW, ZoneOffset.UTC);
        assertThat(figures.openByStatus().values()).containsOnly(0);
        assertThat(figures.recentlyAware()).isEmpty();
    }
}
