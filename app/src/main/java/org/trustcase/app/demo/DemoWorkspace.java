package org.trustcase.app.demo;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.casework.CaseService;

/**
 * Fills a new workspace with the demo cases, through the same use cases a DPO uses, so every demo
 * case has its real audit trail. Times are relative to now, so the cases look alive.
 */
public final class DemoWorkspace {
    private final CaseService cases;
    private final Clock clock;

    public DemoWorkspace(CaseService cases, Clock clock) {
        this.cases = Objects.requireNonNull(cases, "cases");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Opens every demo case and walks it to its final status; returns how many were created. */
    public int populate() {
        Instant now = clock.instant();
        List<DemoCase> demoCases = DemoCases.all(now);
        for (DemoCase demo : demoCases) {
            BreachCase opened = cases.open(demo.details());
            for (DemoCase.Step step : demo.steps()) {
                cases.move(opened.reference(), null, step.target(), step.reason());
            }
        }
        return demoCases.size();
    }

    /** A demo case: its details and the transitions that bring it to its status. */
    record DemoCase(org.trustcase.model.cases.CaseDetails details, List<Step> steps) {
        record Step(CaseStatus target, String reason) {
        }
    }

}
