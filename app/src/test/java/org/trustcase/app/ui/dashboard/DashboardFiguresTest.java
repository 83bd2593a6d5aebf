package org.trustcase.app.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.trustcase.app.AppContext;
import org.trustcase.app.testing.DemoCases;
import org.trustcase.app.testing.MutableClock;
import org.trustcase.app.testing.TestContexts;
import org.trustcase.model.caselist.CaseFigures;
import org.trustcase.model.caselist.CaseRow;
import org.trustcase.model.cases.CaseStatus;

/** The dashboard's figures as the database counts them, on a real workspace. */
class DashboardFiguresTest {

    @Test
    void countsTheDemoWorkspace() {
        MutableClock clock = new MutableClock(DemoCases.NOW);
        try (AppContext context = TestContexts.workspace(clock)) {
            DemoCases.seed(context, clock);

            CaseFigures figures = context.caseLists().figures(ZoneOffset.UTC);

            assertThat(figures.openByStatus()).containsOnlyKeys(CaseStatus.NEW, CaseStatus.TRIAGE,
                    CaseStatus.INVESTIGATING, CaseStatus.NOTIFYING);
            assertThat(figures.openByStatus().get(CaseStatus.NEW)).isEqualTo(2);
            assertThat(figures.openByStatus().get(CaseStatus.TRIAGE)).isEqualTo(1);
            assertThat(figures.openByStatus().get(CaseStatus.INVESTIGATING)).isEqualTo(2);
            assertThat(figures.openByStatus().get(CaseStatus.NOTIFYING)).isEqualTo(1);
            assertThat(figures.openedInYear()).isEqualTo(8);
            assertThat(figures.closedInYear()).isEqualTo(2);
            assertThat(figures.recentlyAware()).hasSize(5)
                    .extracting(CaseRow::reference).extracting(Object::toString)
                    .containsExactly("TC-2026-0008", "TC-2026-0007", "TC-2026-0006", "TC-2026-0005", "TC-2026-0003");
        }
    }

    @Test
    void anEmptyWorkspaceHasZeroes() {
        try (AppContext context = TestContexts.workspace(new MutableClock(DemoCases.NOW))) {
            CaseFigures figures = context.caseLists().figures(ZoneOffset.UTC);
            assertThat(figures.openByStatus().values()).containsOnly(0L);
            assertThat(figures.recentlyAware()).isEmpty();
            assertThat(figures.closedInYear()).isZero();
        }
    }
}
