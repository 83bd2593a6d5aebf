package org.trustcase.persistence.assessment;

import static org.trustcase.persistence.jooq.Tables.ASSESSMENT;
import static org.trustcase.persistence.jooq.Tables.ASSESSMENT_ADJUSTMENT;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jooq.DSLContext;
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
import org.trustcase.persistence.cases.CaseIds;
import org.trustcase.persistence.cases.StoredCodes;
import org.trustcase.persistence.jooq.tables.records.AssessmentAdjustmentRecord;
import org.trustcase.persistence.jooq.tables.records.AssessmentRecord;
import org.trustcase.persistence.tx.SingleConnectionTransactions;

/**
 * Assessment versions in {@code assessment} with their DPC adjustments. The result is stored as
 * computed at the time (score, band, explanation), so a later correction of the method's tables
 * never rewrites a past assessment.
 */
public final class JooqAssessmentRepository implements AssessmentRepository {
    private final SingleConnectionTransactions transactions;

    public JooqAssessmentRepository(SingleConnectionTransactions transactions) {
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
                .set(ASSESSMENT.EXPLANATION, TextListJson.write(r.explanation()))
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
                TextListJson.read(row.getExplanation(), "assessment explanation"));
        return new Assessment(reference, row.getVersion().intValue(), row.getAuthor(), row.getAssessedAt(), inputs,
                result, row.getNarrative());
    }

    private DSLContext dsl() {
        return transactions.dsl("the assessment repository");
    }
}
