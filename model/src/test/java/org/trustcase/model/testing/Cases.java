package org.trustcase.model.testing;

import java.time.Instant;
import java.util.List;
import java.util.Set;
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

/** Case details for tests. */
public final class Cases {
    public static final Instant AWARE = Instant.parse("2026-03-27T10:00:00Z");

    private Cases() {
    }

    /** Only what intake requires. */
    public static CaseDetails minimal() {
        return CaseDetails.builder().title("Misdirected e-mail with a customer list").awareAt(AWARE).build();
    }

    /** Every field set, ready to be closed. */
    public static CaseDetails complete() {
        return CaseDetails.builder()
                .title("Stolen laptop of a sales manager")
                .summary("Laptop stolen from a car; disk not encrypted.")
                .reporter("Anna Nowak, Sales")
                .channel(ReportChannel.PHONE)
                .occurredFrom(Instant.parse("2026-03-25T18:00:00Z"))
                .occurredTo(Instant.parse("2026-03-25T20:00:00Z"))
                .detectedAt(Instant.parse("2026-03-26T08:00:00Z"))
                .awareAt(AWARE)
                .awareGapReason("Confirmed with IT that customer exports were on the disk.")
                .containedAt(Instant.parse("2026-03-27T12:00:00Z"))
                .breachTypes(Set.of(BreachType.CONFIDENTIALITY, BreachType.AVAILABILITY))
                .dataCategories(Set.of(DataCategory.CONTACT_DETAILS, DataCategory.HEALTH))
                .subjectCategories(Set.of(SubjectCategory.CUSTOMERS))
                .approxSubjects(1200L)
                .approxRecords(5400L)
                .jurisdictions(List.of(new Jurisdiction("PL"), new Jurisdiction("US-CA")))
                .parties(List.of(new Party(PartyRole.PROCESSOR, "Acme IT Services")))
                .cause(BreachCause.EXTERNAL_MALICIOUS)
                .remedialActions("Remote wipe requested; credentials rotated.")
                .owner("Jan Kowalski")
                .dataUnintelligible(false)
                .highRiskRemoved(false)
                .disproportionateEffort(false)
                .build();
    }

    public static BreachCase stored(CaseDetails details, CaseStatus status) {
        return new BreachCase(1, new CaseReference(2026, 1), details, status, null, 1, AWARE, AWARE);
    }
}
