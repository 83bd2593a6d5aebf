package org.trustcase.persistence.testing;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.trustcase.model.cases.BreachCause;
import org.trustcase.model.cases.BreachType;
import org.trustcase.model.cases.CaseDetails;
import org.trustcase.model.cases.DataCategory;
import org.trustcase.model.cases.Jurisdiction;
import org.trustcase.model.cases.Party;
import org.trustcase.model.cases.PartyRole;
import org.trustcase.model.cases.ReportChannel;
import org.trustcase.model.cases.SubjectCategory;

/** Case details for storage tests: one with every field set, one with only what is required. */
public final class SampleCases {
    private SampleCases() {
    }

    /** All 20 fields set, several values in every collection, special categories included. */
    public static CaseDetails everyField() {
        return CaseDetails.builder()
                .title("Payroll export e-mailed to the wrong recipient")
                .summary("A CSV with salaries went to an external address.\nSecond line: zażółć gęślą jaźń.")
                .reporter("Anna Kowalska, HR")
                .channel(ReportChannel.SECURITY_MONITORING)
                .occurredFrom(Instant.parse("2026-03-01T08:15:00Z"))
                .occurredTo(Instant.parse("2026-03-02T17:45:30Z"))
                .detectedAt(Instant.parse("2026-03-03T09:00:01Z"))
                .awareAt(Instant.parse("2026-03-04T10:20:59Z"))
                .awareGapReason("The report sat in a shared mailbox over the weekend")
                .containedAt(Instant.parse("2026-03-05T23:59:59Z"))
                .breachTypes(EnumSet.of(BreachType.CONFIDENTIALITY, BreachType.AVAILABILITY))
                .dataCategories(EnumSet.of(DataCategory.ECONOMIC_FINANCIAL, DataCategory.HEALTH,
                        DataCategory.CRIMINAL_CONVICTIONS, DataCategory.SEX_LIFE_ORIENTATION))
                .subjectCategories(EnumSet.of(SubjectCategory.EMPLOYEES, SubjectCategory.JOB_APPLICANTS))
                .approxSubjects(3_000_000_000L)
                .approxRecords(12_345L)
                // deliberately not in alphabetical order: the entered order must survive
                .jurisdictions(List.of(new Jurisdiction("US-CA"), new Jurisdiction("PL"), new Jurisdiction("DE")))
                .parties(List.of(new Party(PartyRole.PROCESSOR, "Payroll Ltd"),
                        new Party(PartyRole.POSTAL_OPERATOR, "Poczta Polska"),
                        new Party(PartyRole.PROCESSOR, "Payroll Ltd")))
                .cause(BreachCause.INTERNAL_ACCIDENTAL)
                .remedialActions("Recall requested; recipient confirmed deletion in writing")
                .owner("dpo@example.org")
                .dataUnintelligible(true)
                .highRiskRemoved(false)
                .disproportionateEffort(true)
                .build();
    }

    /** A different value in every field, for updates. */
    public static CaseDetails everyFieldChanged() {
        return CaseDetails.builder()
                .title("Ransomware on the file server")
                .summary("Encrypted shares")
                .reporter("IT operations")
                .channel(ReportChannel.TICKET)
                .occurredFrom(Instant.parse("2025-12-31T23:00:00Z"))
                .occurredTo(Instant.parse("2026-01-01T01:00:00Z"))
                .detectedAt(Instant.parse("2026-01-01T02:00:00Z"))
                .awareAt(Instant.parse("2026-01-01T03:00:00Z"))
                .awareGapReason("Night shift")
                .containedAt(Instant.parse("2026-01-02T04:00:00Z"))
                .breachTypes(EnumSet.of(BreachType.INTEGRITY, BreachType.AVAILABILITY))
                .dataCategories(EnumSet.of(DataCategory.BIOMETRIC, DataCategory.GENETIC, DataCategory.CONTACT_DETAILS))
                .subjectCategories(EnumSet.of(SubjectCategory.PATIENTS, SubjectCategory.CHILDREN,
                        SubjectCategory.OTHER))
                .approxSubjects(0L)
                .approxRecords(9_000_000_000L)
                .jurisdictions(List.of(new Jurisdiction("EU"), new Jurisdiction("FR")))
                .parties(List.of(new Party(PartyRole.CLOUD_PROVIDER, "Hoster SA"),
                        new Party(PartyRole.SUB_PROCESSOR, "Backup GmbH")))
                .cause(BreachCause.EXTERNAL_MALICIOUS)
                .remedialActions("Restored from offline backups")
                .owner("ciso@example.org")
                .dataUnintelligible(false)
                .highRiskRemoved(true)
                .disproportionateEffort(false)
                .build();
    }

    /** Only the required fields: everything else null or empty. */
    public static CaseDetails requiredOnly() {
        return CaseDetails.builder()
                .title("Lost laptop")
                .awareAt(Instant.parse("2026-02-10T12:00:00Z"))
                .build();
    }
}
