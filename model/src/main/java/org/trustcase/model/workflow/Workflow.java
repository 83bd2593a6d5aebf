package org.trustcase.model.workflow;

import static org.trustcase.model.cases.CaseStatus.CLOSED;
import static org.trustcase.model.cases.CaseStatus.INVESTIGATING;
import static org.trustcase.model.cases.CaseStatus.NEW;
import static org.trustcase.model.cases.CaseStatus.NOTIFYING;
import static org.trustcase.model.cases.CaseStatus.NOT_A_BREACH;
import static org.trustcase.model.cases.CaseStatus.TRIAGE;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.common.Problem;
import org.trustcase.model.common.RuleViolationException;

/**
 * The case workflow: {@code NEW → TRIAGE → INVESTIGATING → NOTIFYING → CLOSED}, closing directly
 * from {@code INVESTIGATING} when nobody has to be notified, {@code NOT_A_BREACH} from any open
 * status before notification, a step back to the previous open status with a reason, and reopening of
 * closed cases. Which transitions exist is fixed
 * here; whether one may be taken now is decided by the guards.
 */
public final class Workflow {
    private static final List<Transition> TRANSITIONS = List.of(
            new Transition(NEW, TRIAGE, TransitionKind.ADVANCE),
            new Transition(NEW, NOT_A_BREACH, TransitionKind.DISMISS),
            new Transition(TRIAGE, INVESTIGATING, TransitionKind.ADVANCE),
            new Transition(TRIAGE, NOT_A_BREACH, TransitionKind.DISMISS),
            new Transition(INVESTIGATING, NOTIFYING, TransitionKind.ADVANCE),
            new Transition(INVESTIGATING, CLOSED, TransitionKind.CLOSE),
            new Transition(INVESTIGATING, NOT_A_BREACH, TransitionKind.DISMISS),
            new Transition(NOTIFYING, CLOSED, TransitionKind.CLOSE),
            new Transition(TRIAGE, NEW, TransitionKind.BACK),
            new Transition(INVESTIGATING, TRIAGE, TransitionKind.BACK),
            new Transition(NOTIFYING, INVESTIGATING, TransitionKind.BACK),
            new Transition(CLOSED, INVESTIGATING, TransitionKind.REOPEN),
            new Transition(NOT_A_BREACH, TRIAGE, TransitionKind.REOPEN));

    private final List<TransitionGuard> guards;

    public Workflow(List<TransitionGuard> guards) {
        this.guards = List.copyOf(guards);
    }

    public static Workflow standard() {
        return new Workflow(Guards.standard());
    }

    public static List<Transition> transitionsFrom(CaseStatus from) {
        return TRANSITIONS.stream().filter(t -> t.from() == from).toList();
    }

    public static Optional<Transition> transition(CaseStatus from, CaseStatus to) {
        return TRANSITIONS.stream().filter(t -> t.from() == from && t.to() == to).findFirst();
    }

    /** The legal transition from the case's status to {@code target}, or a refusal naming the legal targets. */
    public static Transition require(CaseStatus from, CaseStatus to) {
        return transition(from, to).orElseThrow(() -> new RuleViolationException(
                "transition.illegal", from.name(), to.name(), targets(from)));
    }

    /** Every guard's refusal of the request; empty when it may go ahead. */
    public List<GuardRefusal> refusals(TransitionRequest request) {
        List<GuardRefusal> refusals = new ArrayList<>();
        for (TransitionGuard guard : guards) {
            guard.check(request).ifPresent(refusals::add);
        }
        return refusals;
    }

    /** The transitions a screen should offer for the case, with what blocks each right now. */
    public List<TransitionOption> options(BreachCase breachCase) {
        List<TransitionOption> options = new ArrayList<>();
        for (Transition t : transitionsFrom(breachCase.status())) {
            TransitionRequest request = new TransitionRequest(breachCase, t, null);
            List<GuardRefusal> blockers = new ArrayList<>();
            boolean requiresReason = false;
            for (TransitionGuard guard : guards) {
                Optional<GuardRefusal> refusal = guard.check(request);
                if (refusal.isPresent() && guard.checksReasonOnly()) {
                    requiresReason = true;
                } else {
                    refusal.ifPresent(blockers::add);
                }
            }
            options.add(new TransitionOption(t, requiresReason, blockers));
        }
        return options;
    }

    /** The legal targets' names, or the problem {@code transition.no-targets} when there are none. */
    private static Object targets(CaseStatus from) {
        List<Transition> targets = transitionsFrom(from);
        return targets.isEmpty() ? Problem.of("transition.no-targets")
                : targets.stream().map(t -> t.to().name()).toList();
    }
}
