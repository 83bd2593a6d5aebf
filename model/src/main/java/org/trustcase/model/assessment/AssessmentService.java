package org.trustcase.model.assessment;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.trustcase.model.access.AccessControl;
import org.trustcase.model.access.UseCase;
import org.trustcase.model.audit.AuditAction;
import org.trustcase.model.audit.AuditNote;
import org.trustcase.model.audit.AuditTrail;
import org.trustcase.model.audit.FieldChange;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.CaseChangeListener;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.CaseRepository;
import org.trustcase.model.casework.SettledCases;
import org.trustcase.model.common.Actor;
import org.trustcase.model.common.Problem;
import org.trustcase.model.common.RuleViolationException;
import org.trustcase.model.common.TransactionRunner;
import org.trustcase.model.common.ValidationException;
import org.trustcase.model.severity.SeverityInputs;
import org.trustcase.model.severity.SeverityMethod;
import org.trustcase.model.severity.SeverityResult;

/**
 * The use cases of risk assessment: record an assessment version, get the suggestion, record the
 * DPO's decision, and a reviewer's sign-off. Every change is audited in its transaction.
 */
public final class AssessmentService {
    private final CaseRepository cases;
    private final AssessmentRepository assessments;
    private final DecisionRepository decisions;
    private final AuditTrail audit;
    private final TransactionRunner transactions;
    private final SeverityMethod method;
    private final Clock clock;
    private final Supplier<Actor> actor;
    private final AccessControl access;
    private final CaseChangeListener changes;

    public AssessmentService(CaseRepository cases, AssessmentRepository assessments, DecisionRepository decisions,
            AuditTrail audit, TransactionRunner transactions, SeverityMethod method, Clock clock, Supplier<Actor> actor,
            AccessControl access) {
        this(cases, assessments, decisions, audit, transactions, method, clock, actor, access, CaseChangeListener.NONE);
    }

    /** @param changes told of every case whose assessment or decision changed, in the change's transaction */
    public AssessmentService(CaseRepository cases, AssessmentRepository assessments, DecisionRepository decisions,
            AuditTrail audit, TransactionRunner transactions, SeverityMethod method, Clock clock, Supplier<Actor> actor,
            AccessControl access, CaseChangeListener changes) {
        this.cases = Objects.requireNonNull(cases, "cases");
        this.assessments = Objects.requireNonNull(assessments, "assessments");
        this.decisions = Objects.requireNonNull(decisions, "decisions");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.method = Objects.requireNonNull(method, "method");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.access = Objects.requireNonNull(access, "access");
        this.changes = Objects.requireNonNull(changes, "changes");
    }

    public SeverityMethod method() {
        return method;
    }

    /** Scores the inputs and records them as the case's next assessment version. */
    public Assessment assess(CaseReference reference, SeverityInputs inputs, String narrative) {
        access.require(UseCase.ASSESSMENT_RECORD, reference);
        SeverityResult result = method.score(inputs);
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            SettledCases.requireOpen(cases.require(reference));
            Optional<Assessment> previous = assessments.latest(reference);
            int version = previous.map(a -> a.version() + 1).orElse(1);
            Assessment recorded = assessments.insert(
                    new Assessment(reference, version, actor.get().name(), now, inputs, result, narrative));
            List<FieldChange> changes = previous
                    .map(p -> AssessmentComparison.of(p, recorded).changed().stream()
                            .map(d -> new FieldChange(d.item(), d.left(), d.right())).toList())
                    .orElseGet(() -> AssessmentComparison.of(recorded, recorded).differences().stream()
                            .filter(d -> d.right() != null && !d.right().isEmpty())
                            .map(d -> new FieldChange(d.item(), null, d.right())).toList());
            audit.recordNoted(AuditAction.ASSESSMENT_RECORDED, reference, changes,
                    AuditNote.ASSESSMENT_VERSION.with(String.valueOf(version)));
            this.changes.changed(reference);
            return recorded;
        });
    }

    /** Every assessment version of the case, oldest first. */
    public List<Assessment> assessments(CaseReference reference) {
        access.require(UseCase.ASSESSMENT_LIST, reference);
        return versions(reference);
    }

    public AssessmentComparison compare(CaseReference reference, int leftVersion, int rightVersion) {
        access.require(UseCase.ASSESSMENT_COMPARE, reference);
        List<Assessment> all = versions(reference);
        return AssessmentComparison.of(version(all, leftVersion, "left"), version(all, rightVersion, "right"));
    }

    /** The suggestion from the latest assessment and the case's current facts. */
    public Suggestion suggest(CaseReference reference) {
        access.require(UseCase.SUGGESTION_GET, reference);
        return transactions.read(() -> suggestion(cases.require(reference)));
    }

    /** Records the DPO's decision as the next version; refused (nothing stored) when a required reason is missing. */
    public NotificationDecision decide(CaseReference reference, DecisionDraft draft) {
        access.require(UseCase.DECISION_RECORD, reference);
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            Suggestion suggestion = suggestion(SettledCases.requireOpen(cases.require(reference)));
            var errors = draft.check(suggestion);
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            int version = decisions.latest(reference).map(d -> d.version() + 1).orElse(1);
            NotificationDecision recorded = decisions.insert(new NotificationDecision(reference, version,
                    actor.get().name(), now, draft, suggestion, suggestion.assessmentVersion(), null));
            audit.recordNoted(AuditAction.DECISION_RECORDED, reference, List.of(
                    new FieldChange("notifyAuthority", null, yesNo(draft.notifyAuthority())),
                    new FieldChange("notifySubjects", null, yesNo(draft.notifySubjects())),
                    new FieldChange("exception", null, draft.exception() == null ? null : draft.exception().code()),
                    new FieldChange("suggested", null, DecisionDraft.summary(suggestion.notifyAuthority(),
                            suggestion.notifySubjects(), suggestion.exception()))),
                    reasons(draft));
            changes.changed(reference);
            return recorded;
        });
    }

    /** Every decision version of the case, oldest first. */
    public List<NotificationDecision> decisions(CaseReference reference) {
        access.require(UseCase.DECISION_LIST, reference);
        return transactions.read(() -> {
            cases.require(reference);
            return decisions.list(reference);
        });
    }

    /**
     * A legal reviewer signs off the current decision. Only the latest decision, taken on the latest
     * assessment, can be signed off; a later assessment or decision leaves the sign-off behind. Four
     * eyes: the person who recorded the decision cannot sign it off.
     */
    public NotificationDecision signOff(CaseReference reference, int version) {
        access.require(UseCase.DECISION_SIGN_OFF, reference);
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            SettledCases.requireOpen(cases.require(reference));
            NotificationDecision latest = decisions.latest(reference)
                    .orElseThrow(() -> new RuleViolationException("refused", Problem.of("decision.cannot-sign-off"),
                            Problem.of("decision.none-recorded", reference.toString())));
            if (latest.version() != version) {
                throw new RuleViolationException("decision.sign-off-not-current", version, latest.version());
            }
            DecisionStanding.requireCurrent(latest, assessments.latest(reference), Problem.of("decision.cannot-sign-off"));
            if (latest.signOff() != null) {
                throw new RuleViolationException("decision.already-signed-off", version, latest.signOff().reviewer());
            }
            String reviewer = actor.get().name();
            if (reviewer.equals(latest.author())) {
                throw new RuleViolationException("decision.sign-off-by-recorder", version, latest.author(), reviewer);
            }
            NotificationDecision.SignOff signOff = new NotificationDecision.SignOff(reviewer, now);
            decisions.signOff(reference, version, signOff);
            audit.record(AuditAction.DECISION_SIGNED_OFF, reference,
                    List.of(new FieldChange("signOff", null, "decision v" + version)), null);
            return latest.withSignOff(signOff);
        });
    }

    private List<Assessment> versions(CaseReference reference) {
        return transactions.read(() -> {
            cases.require(reference);
            return assessments.list(reference);
        });
    }

    private Suggestion suggestion(BreachCase breachCase) {
        Assessment latest = assessments.latest(breachCase.reference()).orElseThrow(() -> new RuleViolationException(
                "assessment.none-recorded", breachCase.reference().toString()));
        return Suggester.suggest(latest, breachCase.details());
    }

    private static Assessment version(List<Assessment> all, int version, String side) {
        return all.stream().filter(a -> a.version() == version).findFirst()
                .orElseThrow(() -> new ValidationException(side, "assessment.no-version", version));
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    /** The reasons the DPO gave, under the coded headings of the audit note. */
    private static Problem reasons(DecisionDraft draft) {
        Problem note = AuditNote.DECISION_REASONS.with(draft.authorityReason());
        if (draft.subjectsReason() != null) {
            note = AuditNote.AND_SUBJECTS_REASON.with(note, draft.subjectsReason());
        }
        if (draft.departureJustification() != null) {
            note = AuditNote.AND_DEPARTURE_JUSTIFICATION.with(note, draft.departureJustification());
        }
        return note;
    }
}
