package org.trustcase.model.workflow;

import java.util.List;
import java.util.Optional;
import org.trustcase.model.cases.CaseDetails;
import org.trustcase.model.cases.CaseStatus;

/** The guards that need nothing but the case itself. Later features add their own guards beside these. */
public final class Guards {
    private Guards() {
    }

    public static List<TransitionGuard> standard() {
        return List.of(new ReasonRequired(), new OwnerAssigned(), new BreachClassified(), new AwarenessGapExplained(),
                new Contained(),
                new RemedialActionsRecorded());
    }

    /** Dismissing and reopening a case must say why. */
    public static final class ReasonRequired implements TransitionGuard {
        @Override
        public Optional<GuardRefusal> check(TransitionRequest request) {
            Transition t = request.transition();
            if (request.hasReason()) {
                return Optional.empty();
            }
            return switch (t.kind()) {
                case DISMISS -> refuse("reason", t, "a rationale is required (why this is not a personal-data breach)");
                case REOPEN -> refuse("reason", t, "a reason is required");
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
                return refuse("owner", t, "no owner assigned");
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
                return refuse("breach-types", t, "no breach type recorded (confidentiality, integrity or availability)");
            }
            if (d.dataCategories().isEmpty()) {
                return refuse("data-categories", t, "no data categories recorded");
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
                        "the gap between detection and awareness is not explained (awareGapReason)");
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
                return refuse("contained", t, "the breach is not recorded as contained (containedAt)");
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
                return refuse("remedial-actions", t, "no remedial actions recorded");
            }
            return Optional.empty();
        }
    }

    static Optional<GuardRefusal> refuse(String code, Transition t, String why) {
        return Optional.of(new GuardRefusal(code, t.refusalPrefix() + ": " + why));
    }
}
