package org.trustcase.model.caseclocks;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.trustcase.model.assessment.AssessmentRepository;
import org.trustcase.model.assessment.DecisionRepository;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.common.Problem;
import org.trustcase.model.deadlines.ClockStatus;
import org.trustcase.model.deadlines.DeadlineClock;
import org.trustcase.model.deadlines.DeadlineKind;
import org.trustcase.model.workflow.GuardRefusal;
import org.trustcase.model.workflow.TransitionGuard;
import org.trustcase.model.workflow.TransitionKind;
import org.trustcase.model.workflow.TransitionRequest;

/** A case is closed only when no legal clock is still running or overdue without a recorded outcome. */
public final class LegalClocksSettledGuard implements TransitionGuard {
    private final CaseClockRepository facts;
    private final AssessmentRepository assessments;
    private final DecisionRepository decisions;
    private final CaseClocks clocks;
    private final Clock clock;

    public LegalClocksSettledGuard(CaseClockRepository facts, AssessmentRepository assessments,
            DecisionRepository decisions, CaseClocks clocks, Clock clock) {
        this.facts = facts;
        this.assessments = assessments;
        this.decisions = decisions;
        this.clocks = clocks;
        this.clock = clock;
    }

    @Override
    public Optional<GuardRefusal> check(TransitionRequest request) {
        if (request.transition().kind() != TransitionKind.CLOSE) {
            return Optional.empty();
        }
        BreachCase c = request.breachCase();
        List<DeadlineClock> open = clocks.compute(c, facts.facts(c.reference()), decisions.latest(c.reference()),
                        assessments.latest(c.reference()), clock.instant()).stream()
                .filter(k -> k.rule().kind() == DeadlineKind.LEGAL)
                .filter(k -> k.status() == ClockStatus.RUNNING || k.status() == ClockStatus.OVERDUE)
                .toList();
        if (open.isEmpty()) {
            return Optional.empty();
        }
        List<Problem> list = open.stream()
                .map(k -> Problem.of("guard.legal-clocks.clock", k.rule().id(), k.status().code(), k.dueAt()))
                .toList();
        return Optional.of(GuardRefusal.of("legal-clocks", request.transition(), Problem.of("guard.legal-clocks", list)));
    }
}
