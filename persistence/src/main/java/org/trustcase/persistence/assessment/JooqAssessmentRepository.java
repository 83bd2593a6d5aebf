package org.trustcase.persistence.assessment;

import static org.trustcase.persistence.jooq.Tables.ASSESSMENT;
import static org.trustcase.persistence.jooq.Tables.BREACH_CASE;
import static org.trustcase.persistence.jooq.Tables.ASSESSMENT_ADJUSTMENT;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.Result;
import org.trustcase.model.assessment.Assessment;
import org.trustcase.model.assessment.AssessmentRepository;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.severity.DataType;
import org.trustcase.model.severity.DpcAdjustment;
import org.trustcase.model.severity.IdentificationEase;
import org.trustcase.model.severity.SeverityBand;
import org.trustcase.model.severity.SeverityInputs;
import org.trustcase.model.severity.SeverityResult;
import org.trustcase.persistence.codes.ProblemJson;
import org.trustcase.persistence.cases.CaseIds;
import org.trustcase.persistence.cases.StoredCodes;
import org.trustcase.persistence.database.Database;
import org.trustcase.persistence.jooq.tables.records.AssessmentAdjustmentRecord;
import org.trustcase.persistence.jooq.tables.records.AssessmentRecord;

/**
 * Assessment versions in {@code assessment} with their DPC adjustments. The result is stored as
 * computed at the time (score, band, explanation), so a later correction of the method's tables
 * never rewrites a past assessment. The explanation is stored as coded lines ({@link ProblemJson}).
 */
public final class JooqAssessmentRepository implements AssessmentRepository {
    private final Database transactions;

    public JooqAssessmentRepository(Database transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public Assessment insert(Assessment a) {
        DSLContext dsl = dsl();
        long caseId = CaseIds.of(dsl, a.caseReference());
        SeverityInputs in = a.inputs();
        SeverityResult r = a.result();
        dsl.insertInto(ASSESSMENT)
                .set(ASSESSMENT.CASE_ID, caseId)
                .set(ASSESSMENT.VERSION, (long) a.version())
                .set(ASSESSMENT.AUTHOR, a.author())
                .set(ASSESSMENT.ASSESSED_AT, a.assessedAt())
                .set(ASSESSMENT.DATA_TYPE, in.dataType().code())
                .set(ASSESSMENT.EASE, in.ease().value().toPlainString())
                .set(ASSESSMENT.CB_CONFIDENTIALITY, in.confidentiality().toPlainString())
                .set(ASSESSMENT.CB_INTEGRITY, in.integrity().toPlainString())
                .set(ASSESSMENT.CB_AVAILABILITY, in.availability().toPlainString())
                .set(ASSESSMENT.MALICIOUS, in.malicious())
                .set(ASSESSMENT.DPC, r.dpc().toPlainString())
                .set(ASSESSMENT.CB, r.cb().toPlainString())
                .set(ASSESSMENT.SCORE, r.score().toPlainString())
                .set(ASSESSMENT.BAND, r.band().code())
                .set(ASSESSMENT.EXPLANATION, ProblemJson.writeList(r.explanation()))
                .set(ASSESSMENT.NARRATIVE, a.narrative())
                .execute();
        List<DpcAdjustment> adjustments = in.adjustments();
        for (int i = 0; i < adjustments.size(); i++) {
            dsl.insertInto(ASSESSMENT_ADJUSTMENT)
                    .set(ASSESSMENT_ADJUSTMENT.CASE_ID, caseId)
                    .set(ASSESSMENT_ADJUSTMENT.VERSION, (long) a.version())
                    .set(ASSESSMENT_ADJUSTMENT.POSITION, i)
                    .set(ASSESSMENT_ADJUSTMENT.DELTA, adjustments.get(i).delta().toPlainString())
                    .set(ASSESSMENT_ADJUSTMENT.REASON, adjustments.get(i).reason())
                    .execute();
        }
        return a;
    }

    @Override
    public long count() {
        return dsl().fetchCount(ASSESSMENT);
    }

    @Override
    public List<Assessment> list(CaseReference reference) {
        DSLContext dsl = dsl();
        long caseId = CaseIds.of(dsl, reference);
        Map<Long, Result<AssessmentAdjustmentRecord>> adjustments = dsl.selectFrom(ASSESSMENT_ADJUSTMENT)
                .where(ASSESSMENT_ADJUSTMENT.CASE_ID.eq(caseId))
                .orderBy(ASSESSMENT_ADJUSTMENT.VERSION, ASSESSMENT_ADJUSTMENT.POSITION)
                .fetchGroups(ASSESSMENT_ADJUSTMENT.VERSION);
        return dsl.selectFrom(ASSESSMENT).where(ASSESSMENT.CASE_ID.eq(caseId)).orderBy(ASSESSMENT.VERSION)
                .fetch(row -> toAssessment(reference, row, adjustments.getOrDefault(row.getVersion(), dsl.newResult(ASSESSMENT_ADJUSTMENT))));
    }

    @Override
    public Map<CaseReference, Assessment> latest(Collection<CaseReference> references) {
        DSLContext dsl = dsl();
        List<String> refs = references.stream().map(CaseReference::toString).toList();
        var later = ASSESSMENT.as("later");
        Condition latestVersion = ASSESSMENT.VERSION.eq(
                DSL.select(DSL.max(later.VERSION)).from(later).where(later.CASE_ID.eq(ASSESSMENT.CASE_ID)));
        Map<Long, List<AssessmentAdjustmentRecord>> adjustments = new HashMap<>();
        dsl.select(ASSESSMENT_ADJUSTMENT.asterisk())
                .from(ASSESSMENT_ADJUSTMENT)
                .join(ASSESSMENT).on(ASSESSMENT.CASE_ID.eq(ASSESSMENT_ADJUSTMENT.CASE_ID)
                        .and(ASSESSMENT.VERSION.eq(ASSESSMENT_ADJUSTMENT.VERSION)))
                .join(BREACH_CASE).on(BREACH_CASE.ID.eq(ASSESSMENT.CASE_ID))
                .where(BREACH_CASE.REFERENCE.in(refs)).and(latestVersion)
                .orderBy(ASSESSMENT_ADJUSTMENT.POSITION)
                .forEach(row -> {
                    AssessmentAdjustmentRecord adjustment = row.into(ASSESSMENT_ADJUSTMENT);
                    adjustments.computeIfAbsent(adjustment.getCaseId(), id -> new ArrayList<>()).add(adjustment);
                });
        Map<CaseReference, Assessment> latest = new HashMap<>();
        dsl.select(BREACH_CASE.REFERENCE, ASSESSMENT.asterisk())
                .from(ASSESSMENT)
                .join(BREACH_CASE).on(BREACH_CASE.ID.eq(ASSESSMENT.CASE_ID))
                .where(BREACH_CASE.REFERENCE.in(refs)).and(latestVersion)
                .forEach(row -> {
                    CaseReference reference = CaseReference.parse(row.get(BREACH_CASE.REFERENCE));
                    AssessmentRecord assessment = row.into(ASSESSMENT);
                    latest.put(reference, toAssessment(reference, assessment,
                            adjustments.getOrDefault(assessment.getCaseId(), List.of())));
                });
        return latest;
    }

    private static Assessment toAssessment(CaseReference reference, AssessmentRecord row,
            List<AssessmentAdjustmentRecord> adjustmentRows) {
        DataType type = StoredCodes.decode(DataType.class, row.getDataType(), "data type");
        List<DpcAdjustment> adjustments = adjustmentRows.stream()
                .map(adj -> new DpcAdjustment(new BigDecimal(adj.getDelta()), adj.getReason())).toList();
        IdentificationEase ease = IdentificationEase.ofValue(row.getEase(), "ease");
        SeverityInputs inputs = new SeverityInputs(type, adjustments, ease, new BigDecimal(row.getCbConfidentiality()),
                new BigDecimal(row.getCbIntegrity()), new BigDecimal(row.getCbAvailability()), row.getMalicious());
        BigDecimal adjusted = adjustments.stream().map(DpcAdjustment::delta).reduce(type.baseScore(), BigDecimal::add);
        SeverityResult result = new SeverityResult(type.baseScore(), adjusted, new BigDecimal(row.getDpc()),
                ease.value(), new BigDecimal(row.getCb()), new BigDecimal(row.getScore()),
                StoredCodes.decode(SeverityBand.class, row.getBand(), "band"),
                ProblemJson.readList(row.getExplanation(), "assessment explanation"));
        return new Assessment(reference, row.getVersion().intValue(), row.getAuthor(), row.getAssessedAt(), inputs,
                result, row.getNarrative());
    }

    private DSLContext dsl() {
        return transactions.dsl("the assessment repository");
    }
}
