package org.trustcase.persistence.cases;

import java.util.ArrayList;
import java.util.List;
import org.jooq.Row4;
import org.jooq.impl.DSL;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.BreachCause;
import org.trustcase.model.cases.BreachType;
import org.trustcase.model.cases.CaseDetails;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.cases.DataCategory;
import org.trustcase.model.cases.Jurisdiction;
import org.trustcase.model.cases.Party;
import org.trustcase.model.cases.PartyRole;
import org.trustcase.model.cases.ReportChannel;
import org.trustcase.model.cases.SubjectCategory;
import org.trustcase.model.common.Coded;
import org.trustcase.persistence.jooq.tables.records.BreachCaseRecord;
import org.trustcase.persistence.jooq.tables.records.CaseClassificationRecord;
import org.trustcase.persistence.jooq.tables.records.CasePartyRecord;

/** Translation between a case and its rows in {@code breach_case}, {@code case_classification} and {@code case_party}. */
final class CaseRows {
    private CaseRows() {
    }

    /** Sets every column that an edit can change (details, status, status reason) on {@code row}. */
    static BreachCaseRecord setEditableColumns(BreachCaseRecord row, CaseDetails d, CaseStatus status,
            String statusReason) {
        row.setTitle(d.title());
        row.setSummary(d.summary());
        row.setReporter(d.reporter());
        row.setChannel(StoredCodes.encode(d.channel()));
        row.setOccurredFrom(d.occurredFrom());
        row.setOccurredTo(d.occurredTo());
        row.setDetectedAt(d.detectedAt());
        row.setAwareAt(d.awareAt());
        row.setAwareGapReason(d.awareGapReason());
        row.setContainedAt(d.containedAt());
        row.setApproxSubjects(d.approxSubjects());
        row.setApproxRecords(d.approxRecords());
        row.setCause(StoredCodes.encode(d.cause()));
        row.setRemedialActions(d.remedialActions());
        row.setOwner(d.owner());
        row.setDataUnintelligible(d.dataUnintelligible());
        row.setHighRiskRemoved(d.highRiskRemoved());
        row.setDisproportionateEffort(d.disproportionateEffort());
        row.setStatus(StoredCodes.encode(status));
        row.setStatusRank(StoredCodes.rank(status));
        row.setStatusReason(statusReason);
        return row;
    }

    /** One {@code case_classification} row of a case: a value with its kind and its position in the field. */
    record ClassificationRow(String kind, String code, int position) {
        Row4<Long, String, String, Integer> of(long caseId) {
            return DSL.row(caseId, kind, code, position);
        }
    }

    /** One {@code case_party} row of a case. */
    record PartyRow(int position, String role, String name) {
        Row4<Long, Integer, String, String> of(long caseId) {
            return DSL.row(caseId, position, role, name);
        }
    }

    /** The {@code case_classification} rows of a case: each value with its kind and its position in the field. */
    static List<ClassificationRow> classificationRows(CaseDetails d) {
        List<ClassificationRow> rows = new ArrayList<>();
        addAll(rows, ClassificationKind.BREACH_TYPE, d.breachTypes().stream().map(Coded::code).toList());
        addAll(rows, ClassificationKind.DATA_CATEGORY, d.dataCategories().stream().map(Coded::code).toList());
        addAll(rows, ClassificationKind.SUBJECT_CATEGORY, d.subjectCategories().stream().map(Coded::code).toList());
        addAll(rows, ClassificationKind.JURISDICTION, d.jurisdictions().stream().map(Jurisdiction::code).toList());
        return rows;
    }

    static List<PartyRow> partyRows(CaseDetails d) {
        List<PartyRow> rows = new ArrayList<>();
        List<Party> parties = d.parties();
        for (int i = 0; i < parties.size(); i++) {
            rows.add(new PartyRow(i, parties.get(i).role().code(), parties.get(i).name()));
        }
        return rows;
    }

    /**
     * Rebuilds a case from its row and its child rows, which must come ordered by position
     * (sets are ordered by the model anyway; jurisdictions and parties keep the entered order).
     */
    static BreachCase toCase(BreachCaseRecord row, List<CaseClassificationRecord> classifications,
            List<CasePartyRecord> parties) {
        List<BreachType> breachTypes = new ArrayList<>();
        List<DataCategory> dataCategories = new ArrayList<>();
        List<SubjectCategory> subjectCategories = new ArrayList<>();
        List<Jurisdiction> jurisdictions = new ArrayList<>();
        for (CaseClassificationRecord c : classifications) {
            switch (StoredCodes.decode(ClassificationKind.class, c.getKind(), "classification kind")) {
                case BREACH_TYPE -> breachTypes.add(StoredCodes.decode(BreachType.class, c.getCode(), "breach type"));
                case DATA_CATEGORY -> dataCategories.add(
                        StoredCodes.decode(DataCategory.class, c.getCode(), "data category"));
                case SUBJECT_CATEGORY -> subjectCategories.add(
                        StoredCodes.decode(SubjectCategory.class, c.getCode(), "subject category"));
                case JURISDICTION -> jurisdictions.add(new Jurisdiction(c.getCode()));
            }
        }
        List<Party> partyList = parties.stream()
                .map(p -> new Party(StoredCodes.decode(PartyRole.class, p.getRole(), "party role"), p.getName()))
                .toList();
        CaseDetails details = CaseDetails.builder()
                .title(row.getTitle())
                .summary(row.getSummary())
                .reporter(row.getReporter())
                .channel(StoredCodes.decode(ReportChannel.class, row.getChannel(), "report channel"))
                .occurredFrom(row.getOccurredFrom())
                .occurredTo(row.getOccurredTo())
                .detectedAt(row.getDetectedAt())
                .awareAt(row.getAwareAt())
                .awareGapReason(row.getAwareGapReason())
                .containedAt(row.getContainedAt())
                .breachTypes(breachTypes)
                .dataCategories(dataCategories)
                .subjectCategories(subjectCategories)
                .approxSubjects(row.getApproxSubjects())
                .approxRecords(row.getApproxRecords())
                .jurisdictions(jurisdictions)
                .parties(partyList)
                .cause(StoredCodes.decode(BreachCause.class, row.getCause(), "cause"))
                .remedialActions(row.getRemedialActions())
                .owner(row.getOwner())
                .dataUnintelligible(row.getDataUnintelligible())
                .highRiskRemoved(row.getHighRiskRemoved())
                .disproportionateEffort(row.getDisproportionateEffort())
                .build();
        return new BreachCase(row.getId(), new CaseReference(row.getRefYear(), row.getRefSeq()), details,
                StoredCodes.decode(CaseStatus.class, row.getStatus(), "status"), row.getStatusReason(), row.getVersion(),
                row.getCreatedAt(), row.getUpdatedAt());
    }

    private static void addAll(List<ClassificationRow> rows, ClassificationKind kind, List<String> codes) {
        for (int i = 0; i < codes.size(); i++) {
            rows.add(new ClassificationRow(kind.code(), codes.get(i), i));
        }
    }
}
