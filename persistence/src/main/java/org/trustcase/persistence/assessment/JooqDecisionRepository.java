package org.trustcase.persistence.assessment;

import static org.trustcase.persistence.jooq.Tables.BREACH_CASE;
import static org.trustcase.persistence.jooq.Tables.NOTIFICATION_DECISION;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.trustcase.model.assessment.Art34Exception;
import org.trustcase.model.assessment.DecisionDraft;
import org.trustcase.model.assessment.DecisionRepository;
import org.trustcase.model.assessment.NotificationDecision;
import org.trustcase.model.assessment.RiskOutcome;
import org.trustcase.model.assessment.Suggestion;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.persistence.codes.ProblemJson;
import org.trustcase.persistence.cases.CaseIds;
import org.trustcase.persistence.cases.StoredCodes;
import org.trustcase.persistence.database.Database;
import org.trustcase.persistence.jooq.tables.records.NotificationDecisionRecord;

/** Decision versions in {@code notification_decision}, each with the suggestion it answered. */
public final class JooqDecisionRepository implements DecisionRepository {
    private final Database transactions;

    public JooqDecisionRepository(Database transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public NotificationDecision insert(NotificationDecision d) {
        DSLContext dsl = dsl();
        DecisionDraft draft = d.decision();
        Suggestion s = d.suggestion();
        dsl.insertInto(NOTIFICATION_DECISION)
                .set(NOTIFICATION_DECISION.CASE_ID, CaseIds.of(dsl, d.caseReference()))
                .set(NOTIFICATION_DECISION.VERSION, (long) d.version())
                .set(NOTIFICATION_DECISION.AUTHOR, d.author())
                .set(NOTIFICATION_DECISION.DECIDED_AT, d.decidedAt())
                .set(NOTIFICATION_DECISION.NOTIFY_AUTHORITY, draft.notifyAuthority())
                .set(NOTIFICATION_DECISION.AUTHORITY_REASON, draft.authorityReason())
                .set(NOTIFICATION_DECISION.NOTIFY_SUBJECTS, draft.notifySubjects())
                .set(NOTIFICATION_DECISION.SUBJECTS_REASON, draft.subjectsReason())
                .set(NOTIFICATION_DECISION.ART34_EXCEPTION, StoredCodes.encode(draft.exception()))
                .set(NOTIFICATION_DECISION.DEPARTURE_JUSTIFICATION, draft.departureJustification())
                .set(NOTIFICATION_DECISION.ASSESSMENT_VERSION, d.assessmentVersion())
                .set(NOTIFICATION_DECISION.SUGGESTED_OUTCOME, s.outcome().code())
                .set(NOTIFICATION_DECISION.SUGGESTED_AUTHORITY, s.notifyAuthority())
                .set(NOTIFICATION_DECISION.SUGGESTED_SUBJECTS, s.notifySubjects())
                .set(NOTIFICATION_DECISION.SUGGESTED_EXCEPTION, StoredCodes.encode(s.exception()))
                .set(NOTIFICATION_DECISION.SUGGESTION_REASONS, ProblemJson.writeList(s.reasons()))
                .set(NOTIFICATION_DECISION.SIGNED_OFF_BY, d.signOff() == null ? null : d.signOff().reviewer())
                .set(NOTIFICATION_DECISION.SIGNED_OFF_AT, d.signOff() == null ? null : d.signOff().at())
                .execute();
        return d;
    }

    @Override
    public void signOff(CaseReference reference, int version, NotificationDecision.SignOff signOff) {
        DSLContext dsl = dsl();
        int updated = dsl.update(NOTIFICATION_DECISION)
                .set(NOTIFICATION_DECISION.SIGNED_OFF_BY, signOff.reviewer())
                .set(NOTIFICATION_DECISION.SIGNED_OFF_AT, signOff.at())
                .where(NOTIFICATION_DECISION.CASE_ID.eq(CaseIds.of(dsl, reference)))
                .and(NOTIFICATION_DECISION.VERSION.eq((long) version))
                .and(NOTIFICATION_DECISION.SIGNED_OFF_BY.isNull())
                .execute();
        if (updated != 1) {
            throw new IllegalStateException("decision v" + version + " of " + reference + " is missing or already signed off");
        }
    }

    @Override
    public long count() {
        return dsl().fetchCount(NOTIFICATION_DECISION);
    }

    @Override
    public List<NotificationDecision> list(CaseReference reference) {
        DSLContext dsl = dsl();
        return dsl.selectFrom(NOTIFICATION_DECISION)
                .where(NOTIFICATION_DECISION.CASE_ID.eq(CaseIds.of(dsl, reference)))
                .orderBy(NOTIFICATION_DECISION.VERSION)
                .fetch(row -> toDecision(reference, row));
    }

    @Override
    public Map<CaseReference, NotificationDecision> latest(Collection<CaseReference> references) {
        var later = NOTIFICATION_DECISION.as("later");
        Map<CaseReference, NotificationDecision> latest = new HashMap<>();
        dsl().select(BREACH_CASE.REFERENCE, NOTIFICATION_DECISION.asterisk())
                .from(NOTIFICATION_DECISION)
                .join(BREACH_CASE).on(BREACH_CASE.ID.eq(NOTIFICATION_DECISION.CASE_ID))
                .where(BREACH_CASE.REFERENCE.in(references.stream().map(CaseReference::toString).toList()))
                .and(NOTIFICATION_DECISION.VERSION.eq(
                        DSL.select(DSL.max(later.VERSION)).from(later).where(later.CASE_ID.eq(NOTIFICATION_DECISION.CASE_ID))))
                .forEach(row -> {
                    CaseReference reference = CaseReference.parse(row.get(BREACH_CASE.REFERENCE));
                    latest.put(reference, toDecision(reference, row.into(NOTIFICATION_DECISION)));
                });
        return latest;
    }

    private static NotificationDecision toDecision(CaseReference reference, NotificationDecisionRecord row) {
        DecisionDraft draft = new DecisionDraft(row.getNotifyAuthority(), row.getAuthorityReason(),
                row.getNotifySubjects(), row.getSubjectsReason(),
                StoredCodes.decode(Art34Exception.class, row.getArt34Exception(), "Art. 34(3) exception"),
                row.getDepartureJustification());
        int assessmentVersion = row.getAssessmentVersion();
        Suggestion suggestion = new Suggestion(StoredCodes.decode(RiskOutcome.class, row.getSuggestedOutcome(), "outcome"),
                row.getSuggestedAuthority(), row.getSuggestedSubjects(),
                StoredCodes.decode(Art34Exception.class, row.getSuggestedException(), "suggested exception"),
                ProblemJson.readList(row.getSuggestionReasons(), "suggestion reasons"), assessmentVersion);
        NotificationDecision.SignOff signOff = row.getSignedOffBy() == null ? null
                : new NotificationDecision.SignOff(row.getSignedOffBy(), row.getSignedOffAt());
        return new NotificationDecision(reference, row.getVersion().intValue(), row.getAuthor(), row.getDecidedAt(),
                draft, suggestion, assessmentVersion, signOff);
    }

    private DSLContext dsl() {
        return transactions.dsl("the decision repository");
    }
}
