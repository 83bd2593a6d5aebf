package org.trustcase.app.testing;

import static org.trustcase.model.cases.CaseStatus.CLOSED;
import static org.trustcase.model.cases.CaseStatus.INVESTIGATING;
import static org.trustcase.model.cases.CaseStatus.NOTIFYING;
import static org.trustcase.model.cases.CaseStatus.NOT_A_BREACH;
import static org.trustcase.model.cases.CaseStatus.TRIAGE;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.trustcase.app.AppContext;
import org.trustcase.model.assessment.DecisionDraft;
import org.trustcase.model.assessment.Suggestion;
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
import org.trustcase.model.deadlines.ClockStatus;
import org.trustcase.model.deadlines.DeadlineClock;
import org.trustcase.model.deadlines.DeadlineKind;
import org.trustcase.model.severity.DataType;
import org.trustcase.model.severity.IdentificationEase;
import org.trustcase.model.severity.SeverityInputs;

/** Eight fictional cases in every status, opened and moved through the real use cases (so they have audit trails). */
public final class DemoCases {
    /** Where the clock stands after seeding. */
    public static final Instant NOW = Instant.parse("2026-03-31T09:00:00Z");

    private DemoCases() {
    }

    public static void seed(AppContext context, MutableClock clock) {
        clock.set(Instant.parse("2026-01-12T08:30:00Z"));
        open(context, clock, details("Payroll spreadsheet e-mailed to the wrong recipient", "2026-01-12T08:10:00Z")
                .summary("The January payroll export was sent to an external accountant's old address.")
                .reporter("Marta Nowak, HR").channel(ReportChannel.EMAIL)
                .breachTypes(Set.of(BreachType.CONFIDENTIALITY))
                .dataCategories(Set.of(DataCategory.BASIC_IDENTIFIERS, DataCategory.ECONOMIC_FINANCIAL))
                .subjectCategories(Set.of(SubjectCategory.EMPLOYEES)).approxSubjects(212L).approxRecords(212L)
                .jurisdictions(List.of(jurisdiction("PL"))).cause(BreachCause.INTERNAL_ACCIDENTAL)
                .owner("Anna Kowalska").containedAt(Instant.parse("2026-01-12T08:25:00Z"))
                .remedialActions("Recipient confirmed deletion in writing; address book entry removed."),
                TRIAGE, INVESTIGATING, CLOSED);
        clock.advance(Duration.ofDays(9));
        open(context, clock, details("Lost laptop with unencrypted HR files", "2026-01-21T07:45:00Z")
                .detectedAt(Instant.parse("2026-01-20T18:00:00Z"))
                .awareGapReason("The loss was reported on the evening of the 20th; HR files on it were confirmed next morning.")
                .reporter("IT service desk").channel(ReportChannel.TICKET)
                .breachTypes(Set.of(BreachType.CONFIDENTIALITY, BreachType.AVAILABILITY))
                .dataCategories(Set.of(DataCategory.HEALTH, DataCategory.CONTACT_DETAILS))
                .subjectCategories(Set.of(SubjectCategory.EMPLOYEES)).approxSubjects(340L)
                .jurisdictions(List.of(jurisdiction("PL"), jurisdiction("DE"))).owner("Anna Kowalska"),
                TRIAGE, INVESTIGATING, NOTIFYING);
        clock.advance(Duration.ofDays(14));
        open(context, clock, details("Ransomware on the file server of the Kraków branch", "2026-02-04T05:20:00Z")
                .reporter("Security operations centre").channel(ReportChannel.SECURITY_MONITORING)
                .breachTypes(Set.of(BreachType.AVAILABILITY, BreachType.CONFIDENTIALITY))
                .jurisdictions(List.of(jurisdiction("PL"))).owner("Piotr Zieliński")
                .cause(BreachCause.EXTERNAL_MALICIOUS),
                TRIAGE, INVESTIGATING);
        clock.advance(Duration.ofDays(10));
        open(context, clock, details("Test data with real customer e-mails found in staging", "2026-02-14T11:00:00Z")
                .reporter("QA team").channel(ReportChannel.IN_PERSON)
                .jurisdictions(List.of(jurisdiction("PL"))),
                TRIAGE);
        move(context, "TC-2026-0004", NOT_A_BREACH,
                "The addresses were synthetic; the domain belongs to the test provider. No personal data involved.");
        clock.advance(Duration.ofDays(12));
        open(context, clock, details("Processor reports unauthorised access to a CRM export", "2026-02-26T15:00:00Z")
                .detectedAt(Instant.parse("2026-02-25T22:10:00Z"))
                .awareGapReason("The processor's first notice did not say whether our customers were affected.")
                .reporter("CloudCRM Ltd.").channel(ReportChannel.PROCESSOR)
                .breachTypes(Set.of(BreachType.CONFIDENTIALITY))
                .dataCategories(Set.of(DataCategory.CONTACT_DETAILS, DataCategory.BEHAVIOURAL))
                .subjectCategories(Set.of(SubjectCategory.CUSTOMERS)).approxSubjects(18_500L)
                .jurisdictions(List.of(jurisdiction("DE"), jurisdiction("US-CA")))
                .parties(List.of(new Party(PartyRole.PROCESSOR, "CloudCRM Ltd.")))
                .owner("Piotr Zieliński"),
                TRIAGE, INVESTIGATING);
        clock.advance(Duration.ofDays(14));
        open(context, clock, details("Phishing: credentials of three customer service agents", "2026-03-12T09:40:00Z")
                .reporter("Security operations centre").channel(ReportChannel.SECURITY_MONITORING)
                .jurisdictions(List.of(jurisdiction("PL"))),
                TRIAGE);
        clock.advance(Duration.ofDays(12));
        open(context, clock, details("Misdirected parcel with patient letters", "2026-03-24T12:00:00Z")
                .reporter("Reception, Gdańsk clinic").channel(ReportChannel.PHONE)
                .parties(List.of(new Party(PartyRole.POSTAL_OPERATOR, "Poczta Polska")))
                .jurisdictions(List.of(jurisdiction("PL"))));
        clock.advance(Duration.ofDays(5));
        open(context, clock, details("Website contact form shows other users' messages", "2026-03-29T16:30:00Z")
                .reporter("A customer").channel(ReportChannel.DATA_SUBJECT)
                .jurisdictions(List.of(jurisdiction("GB"), jurisdiction("IE"))));
        clock.set(NOW);
    }

    private static CaseDetails.Builder details(String title, String awareAt) {
        return CaseDetails.builder().title(title).awareAt(Instant.parse(awareAt));
    }

    private static void open(AppContext context, MutableClock clock, CaseDetails.Builder details,
            CaseStatus... path) {
        BreachCase created = context.cases().open(details.build());
        for (CaseStatus status : path) {
            clock.advance(Duration.ofHours(3));
            if (status == NOTIFYING || status == CLOSED) {
                accountFor(context, created);
            }
            context.cases().move(created.reference(), null, status, null);
        }
    }

    /** What notifying and closing require: an assessment, a decision that follows it, an outcome for every legal clock. */
    private static void accountFor(AppContext context, BreachCase created) {
        CaseReference ref = created.reference();
        if (context.assessments().assessments(ref).isEmpty()) {
            context.assessments().assess(ref, new SeverityInputs(DataType.BEHAVIOURAL, List.of(),
                    IdentificationEase.MAXIMUM, new BigDecimal("0.5"), BigDecimal.ZERO, BigDecimal.ZERO, false),
                    "Fictional assessment");
            Suggestion suggestion = context.assessments().suggest(ref);
            context.assessments().decide(ref, new DecisionDraft(suggestion.notifyAuthority(), "As assessed",
                    suggestion.notifySubjects(), "As assessed", suggestion.exception(), null));
        }
        for (DeadlineClock clock : context.clocks().list(ref).clocks()) {
            boolean open = clock.status() == ClockStatus.RUNNING || clock.status() == ClockStatus.OVERDUE;
            if (open && clock.rule().kind() == DeadlineKind.LEGAL) {
                context.clocks().meet(ref, clock.rule().id(), created.details().awareAt().plus(Duration.ofHours(1)), null);
            }
        }
    }

    private static void move(AppContext context, String reference, CaseStatus target, String reason) {
        context.cases().move(CaseReference.parse(reference), null, target, reason);
    }

    private static Jurisdiction jurisdiction(String code) {
        return Jurisdiction.parse(code, "jurisdictions");
    }
}
