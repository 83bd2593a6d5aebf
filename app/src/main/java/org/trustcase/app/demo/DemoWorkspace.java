package org.trustcase.app.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.trustcase.model.assessment.AssessmentService;
import org.trustcase.model.assessment.DecisionDraft;
import org.trustcase.model.caseclocks.CaseClockService;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.casework.CaseService;
import org.trustcase.model.severity.SeverityInputs;

/**
 * Fills a new workspace with the demo cases, through the same use cases a DPO uses, so every demo
 * case has its real audit trail. Times are relative to now, so the cases look alive.
 */
public final class DemoWorkspace {
    private final CaseService cases;
    private final AssessmentService assessments;
    private final CaseClockService clocks;
    private final Clock clock;

    public DemoWorkspace(CaseService cases, AssessmentService assessments, CaseClockService clocks, Clock clock) {
        this.cases = Objects.requireNonNull(cases, "cases");
        this.assessments = Objects.requireNonNull(assessments, "assessments");
        this.clocks = Objects.requireNonNull(clocks, "clocks");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Opens every demo case and walks it to its final status; returns how many were created. */
    public int populate() {
        // whole minutes: demo times read like times a person recorded
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        List<DemoCase> demoCases = DemoCases.all(now);
        for (DemoCase demo : demoCases) {
            BreachCase opened = cases.open(demo.details());
            if (demo.assessment() != null) {
                assessments.assess(opened.reference(), demo.assessment().inputs(), demo.assessment().narrative());
                if (demo.assessment().decision() != null) {
                    assessments.decide(opened.reference(), demo.assessment().decision());
                }
            }
            if (!demo.flags().isEmpty()) {
                clocks.setFlags(opened.reference(), demo.flags());
            }
            for (DemoOutcome outcome : demo.outcomes()) {
                if (outcome.metHoursAfterAware() == null) {
                    clocks.waive(opened.reference(), outcome.ruleId(), outcome.reason());
                } else {
                    clocks.meet(opened.reference(), outcome.ruleId(),
                            demo.details().awareAt().plus(Duration.ofHours(outcome.metHoursAfterAware())),
                            outcome.reason());
                }
            }
            for (DemoCase.Step step : demo.steps()) {
                cases.move(opened.reference(), null, step.target(), step.reason());
            }
        }
        return demoCases.size();
    }

    /**
     * A demo case: its details, its assessment (or none), its regime flags, the outcomes of its clocks
     * and the transitions that bring it to its status.
     */
    record DemoCase(org.trustcase.model.cases.CaseDetails details, DemoAssessment assessment, Set<String> flags,
            List<DemoOutcome> outcomes, List<Step> steps) {
        record Step(CaseStatus target, String reason) {
        }

        DemoCase withFlags(String... codes) {
            return new DemoCase(details, assessment, Set.of(codes), outcomes, steps);
        }

        DemoCase withOutcome(DemoOutcome outcome) {
            List<DemoOutcome> all = new java.util.ArrayList<>(outcomes);
            all.add(outcome);
            return new DemoCase(details, assessment, flags, all, steps);
        }
    }

    /** A clock met some hours after awareness, or waived (when {@code metHoursAfterAware} is null) on a legal ground. */
    record DemoOutcome(String ruleId, Long metHoursAfterAware, String reason) {
    }

    /** An assessment to record, and the decision taken on it (or none yet). */
    record DemoAssessment(SeverityInputs inputs, String narrative, DecisionDraft decision) {
    }

}
