package org.trustcase.model.workflow;

import java.util.List;
import java.util.Optional;
import org.trustcase.model.cases.CaseDetails;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.common.Problem;

/** The guards that need nothing but the case itself. Later features add their own guards beside these. */
public final class Guards {
    private Guards() {
    }

    public static List<TransitionGuard> standard() {
        return List.of(new ReasonRequired(), new OwnerAssigned(), new BreachClassified(), new AwarenessGapExplained(),
                new Contained(),
                new RemedialActionsRecorded());
    }

    /** Dismissing, reopening and stepping a case back must say why. */
    public static final class ReasonRequired implements TransitionGuard {
        @Override
        public Optional<GuardRefusal> check(TransitionRequest request) {
            Transition t = request.transition();
            if (request.hasReason()) {
                return Optional.empty();
            }
            return switch (t.kind()) {
                case DISMISS -> refuse("reason", t, Problem.of("guard.rationale"));
                case REOPEN, BACK -> refuse("reason", t, Problem.of("guard.reason"));
                default -> Optional.empty();
            };
        }

        @Override
        public boolean checksReasonOnly() {
            return true;
        }
    }

    /** An investigation needs someone responsible for it. */
    public static final class OwnerAssigned implements TransitionGuard {
        @Override
        public Optional<GuardRefusal> check(TransitionRequest request) {
            Transition t = request.transition();
            if (t.to() == CaseStatus.INVESTIGATING && request.breachCase().details().owner() == null) {
                return refuse("owner", t, Problem.of("guard.owner"));
            }
            return Optional.empty();
        }
    }

    /** Notifying and closing need the breach types and the data categories, which every notification states. */
    public static final class BreachClassified implements TransitionGuard {
        @Override
        public Optional<GuardRefusal> check(TransitionRequest request) {
            Transition t = request.transition();
            if (t.to() != CaseStatus.NOTIFYING && t.kind() != TransitionKind.CLOSE) {
                return Optional.empty();
            }
            CaseDetails d = request.breachCase().details();
            if (d.breachTypes().isEmpty()) {
                return refuse("breach-types", t, Problem.of("guard.breach-types"));
            }
            if (d.dataCategories().isEmpty()) {
                return refuse("data-categories", t, Problem.of("guard.data-categories"));
            }
            return Optional.empty();
        }
    }

    /** A late awareness must be justified before the authority is told or the case is closed (Art. 33(1), 33(5)). */
    public static final class AwarenessGapExplained implements TransitionGuard {
        @Override
        public Optional<GuardRefusal> check(TransitionRequest request) {
            Transition t = request.transition();
            if ((t.to() == CaseStatus.NOTIFYING || t.kind() == TransitionKind.CLOSE)
                    && request.breachCase().details().awarenessGapUnexplained()) {
                return refuse("aware-gap-reason", t,
                        Problem.of("guard.aware-gap-reason", Problem.field("awareGapReason")));
            }
            return Optional.empty();
        }
    }

    /** A breach is closed only once it is contained. */
    public static final class Contained implements TransitionGuard {
        @Override
        public Optional<GuardRefusal> check(TransitionRequest request) {
            Transition t = request.transition();
            if (t.kind() == TransitionKind.CLOSE && request.breachCase().details().containedAt() == null) {
                return refuse("contained", t, Problem.of("guard.contained", Problem.field("containedAt")));
            }
            return Optional.empty();
        }
    }

    /** Art. 33(5) GDPR: the register documents the remedial action taken. */
    public static final class RemedialActionsRecorded implements TransitionGuard {
        @Override
        public Optional<GuardRefusal> check(TransitionRequest request) {
            Transition t = request.transition();
            if (t.kind() == TransitionKind.CLOSE && request.breachCase().details().remedialActions() == null) {
                return refuse("remedial-actions", t, Problem.of("guard.remedial-actions"));
            }
            return Optional.empty();
        }
    }

    static Optional<GuardRefusal> refuse(String code, Transition t, Problem why) {
        return Optional.of(GuardRefusal.of(code, t, why));
    }
}
