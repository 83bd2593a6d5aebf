package org.trustcase.app.demo;

import static org.trustcase.model.cases.CaseStatus.CLOSED;
import static org.trustcase.model.cases.CaseStatus.INVESTIGATING;
import static org.trustcase.model.cases.CaseStatus.NOTIFYING;
import static org.trustcase.model.cases.CaseStatus.NOT_A_BREACH;
import static org.trustcase.model.cases.CaseStatus.TRIAGE;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.trustcase.app.demo.DemoWorkspace.DemoAssessment;
import org.trustcase.app.demo.DemoWorkspace.DemoCase;
import org.trustcase.app.demo.DemoWorkspace.DemoOutcome;
import org.trustcase.app.demo.DemoWorkspace.DemoCase.Step;
import org.trustcase.model.assessment.DecisionDraft;
import org.trustcase.model.cases.BreachCause;
import org.trustcase.model.cases.BreachType;
import org.trustcase.model.cases.CaseDetails;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.cases.DataCategory;
import org.trustcase.model.cases.Jurisdiction;
import org.trustcase.model.cases.Party;
import org.trustcase.model.cases.PartyRole;
import org.trustcase.model.cases.ReportChannel;
import org.trustcase.model.cases.SubjectCategory;
import org.trustcase.model.severity.DataType;
import org.trustcase.model.severity.DpcAdjustment;
import org.trustcase.model.severity.IdentificationEase;
import org.trustcase.model.severity.SeverityInputs;

/**
 * The fictional demo cases: a dozen breaches of the kinds a DPO meets, in every workflow status.
 * All names, organisations and numbers are invented.
 */
final class DemoCases {
    private static final String FICTIONAL = "Fictional demo case. ";

    private DemoCases() {
    }

    static List<DemoCase> all(Instant now) {
        return List.of(
                demo(now, 5, 4, b -> b
                        .title("Payroll spreadsheet e-mailed to the wrong distribution list")
                        .summary("An HR assistant sent the monthly payroll file to 'all-staff-wro' instead of 'hr-wro'. "
                                + "The message reached 86 mailboxes before recall.")
                        .reporter("Marta Wiśniewska, HR").channel(ReportChannel.EMAIL)
                        .breachTypes(Set.of(BreachType.CONFIDENTIALITY))
                        .dataCategories(Set.of(DataCategory.BASIC_IDENTIFIERS, DataCategory.ECONOMIC_FINANCIAL,
                                DataCategory.NATIONAL_ID_NUMBERS))
                        .subjectCategories(Set.of(SubjectCategory.EMPLOYEES)).approxSubjects(212L).approxRecords(212L)
                        .jurisdictions(codes("PL")).cause(BreachCause.INTERNAL_ACCIDENTAL).owner("Julia Kaczmarek")
                        .awareGapReason("The recall report was needed to confirm that the file left the HR team."),
                        steps(TRIAGE, INVESTIGATING)),
                demo(now, 30, 28, b -> b
                        .title("Ransomware on the Gdańsk file server")
                        .summary("LockBit-style encryption of the shared drive. Backups from the previous night were "
                                + "restored; forensic review found no sign of exfiltration.")
                        .reporter("Security operations centre").channel(ReportChannel.SECURITY_MONITORING)
                        .containedAt(hoursBefore(now, 20))
                        .breachTypes(Set.of(BreachType.AVAILABILITY))
                        .dataCategories(Set.of(DataCategory.BASIC_IDENTIFIERS, DataCategory.CONTACT_DETAILS))
                        .subjectCategories(Set.of(SubjectCategory.CUSTOMERS, SubjectCategory.EMPLOYEES))
                        .approxSubjects(4800L).approxRecords(15000L).jurisdictions(codes("PL"))
                        .cause(BreachCause.EXTERNAL_MALICIOUS).owner("Julia Kaczmarek")
                        .remedialActions("Server rebuilt from clean image, restored from backup, EDR rolled out to all "
                                + "file servers, RDP closed to the internet.")
                        .awareGapReason("Availability loss was known at once; whether personal data was affected was "
                                + "confirmed by the forensic team the next morning."),
                        assessed(DataType.SIMPLE, IdentificationEase.MAXIMUM, "0", "0", "0.25", true, List.of(),
                                "Files were unavailable for about six hours; restored from backup with no loss and no "
                                        + "sign of exfiltration.",
                                new DecisionDraft(false, "Unlikely to result in a risk: temporary unavailability, full "
                                        + "restore, no exfiltration (EDPB 01/2021, ransomware with backup).", false,
                                        "No risk to individuals; documented in the breach register.", null, null)),
                        steps(TRIAGE, INVESTIGATING, CLOSED))
                        .withOutcome(new DemoOutcome("GDPR-SA", null, "Art. 33(1): unlikely to result in a risk to "
                                + "individuals (decision v1); documented under Art. 33(5).")),
                demo(now, 50, 44, b -> b
                        .title("Unencrypted laptop with CRM export stolen from a car")
                        .summary("A sales manager's laptop was stolen in Berlin. It held a CRM export of customers "
                                + "in Poland and Germany; full-disk encryption had been switched off after a repair.")
                        .reporter("Tomasz Lewandowski, Sales").channel(ReportChannel.PHONE)
                        .occurredFrom(hoursBefore(now, 60)).occurredTo(hoursBefore(now, 56))
                        .containedAt(hoursBefore(now, 40))
                        .breachTypes(Set.of(BreachType.CONFIDENTIALITY, BreachType.AVAILABILITY))
                        .dataCategories(Set.of(DataCategory.CONTACT_DETAILS, DataCategory.ECONOMIC_FINANCIAL))
                        .subjectCategories(Set.of(SubjectCategory.CUSTOMERS)).approxSubjects(18500L)
                        .approxRecords(18500L).jurisdictions(codes("PL", "DE")).cause(BreachCause.EXTERNAL_MALICIOUS)
                        .owner("Piotr Zieliński")
                        .awareGapReason("IT needed six hours to confirm which export was on the device.")
                        .dataUnintelligible(false),
                        assessed(DataType.FINANCIAL, IdentificationEase.MAXIMUM, "0.5", "0", "0.25", true, List.of(),
                                "Names, addresses and payment histories in the hands of a thief: phishing and fraud "
                                        + "attempts are likely.",
                                new DecisionDraft(true, "Financial data of 18,500 customers exposed to an unknown thief.",
                                        true, "Customers should watch for phishing and fraud; no Art. 34(3) ground applies.",
                                        null, null)),
                        steps(TRIAGE, INVESTIGATING, NOTIFYING))
                        .withOutcome(new DemoOutcome("GDPR-SA", 30L, null)),
                demo(now, 9, 9, b -> b
                        .title("Phished support agent's mailbox accessed from abroad")
                        .summary("Credentials of a customer-support agent were phished; the mailbox was read from an "
                                + "IP address in another country for about two hours.")
                        .reporter("IT service desk").channel(ReportChannel.TICKET)
                        .breachTypes(Set.of(BreachType.CONFIDENTIALITY))
                        .dataCategories(Set.of(DataCategory.CONTACT_DETAILS, DataCategory.COMMUNICATIONS_CONTENT))
                        .subjectCategories(Set.of(SubjectCategory.CUSTOMERS)).approxSubjects(1300L)
                        .jurisdictions(codes("PL", "CZ")).cause(BreachCause.EXTERNAL_MALICIOUS)
                        .owner("Piotr Zieliński"),
                        steps(TRIAGE, INVESTIGATING)),
                demo(now, 70, 70, b -> b
                        .title("Newsletter processor left subscriber list in a public bucket")
                        .summary("Our e-mail marketing processor reported a misconfigured storage bucket exposing "
                                + "subscriber names, e-mail addresses and interest profiles for 11 days.")
                        .reporter("Mailwave Ltd (processor)").channel(ReportChannel.PROCESSOR)
                        .occurredFrom(hoursBefore(now, 340)).occurredTo(hoursBefore(now, 76))
                        .containedAt(hoursBefore(now, 76))
                        .breachTypes(Set.of(BreachType.CONFIDENTIALITY))
                        .dataCategories(Set.of(DataCategory.CONTACT_DETAILS, DataCategory.BEHAVIOURAL))
                        .subjectCategories(Set.of(SubjectCategory.SUBSCRIBERS)).approxSubjects(64000L)
                        .approxRecords(64000L).jurisdictions(codes("PL", "DE", "FR", "IE"))
                        .parties(List.of(new Party(PartyRole.PROCESSOR, "Mailwave Ltd"),
                                new Party(PartyRole.CLOUD_PROVIDER, "Nimbus Storage")))
                        .cause(BreachCause.EXTERNAL_ACCIDENTAL).owner("Julia Kaczmarek"),
                        assessed(DataType.BEHAVIOURAL, IdentificationEase.MAXIMUM, "0.5", "0", "0", false, List.of(),
                                "Interest profiles of subscribers were public for 11 days; spam and targeted phishing "
                                        + "are possible, serious harm unlikely.",
                                new DecisionDraft(true, "A risk to subscribers: data was public and may have been "
                                        + "collected.", false, "No high risk: contact and interest data only.", null, null)),
                        steps(TRIAGE, INVESTIGATING, NOTIFYING)),
                demo(now, 3, 3, b -> b
                        .title("Insurance letters sent to previous addresses after mail-merge error")
                        .summary("A mail-merge used an outdated address column; about 900 policy letters went to "
                                + "previous addresses of customers.")
                        .reporter("Customer service").channel(ReportChannel.DATA_SUBJECT)
                        .breachTypes(Set.of(BreachType.CONFIDENTIALITY))
                        .dataCategories(Set.of(DataCategory.BASIC_IDENTIFIERS, DataCategory.ECONOMIC_FINANCIAL))
                        .subjectCategories(Set.of(SubjectCategory.CUSTOMERS)).approxSubjects(900L)
                        .jurisdictions(codes("PL"))
                        .parties(List.of(new Party(PartyRole.POSTAL_OPERATOR, "Poczta Ekspres sp. z o.o.")))
                        .cause(BreachCause.INTERNAL_ACCIDENTAL),
                        steps(TRIAGE)),
                demo(now, 20, 14, b -> b
                        .title("Patient portal exposed appointment details to other patients")
                        .summary("An insecure direct object reference let logged-in patients open other patients' "
                                + "appointment pages by changing a number in the address.")
                        .reporter("External researcher").channel(ReportChannel.WEB_FORM)
                        .occurredFrom(hoursBefore(now, 24 * 40))
                        .breachTypes(Set.of(BreachType.CONFIDENTIALITY))
                        .dataCategories(Set.of(DataCategory.BASIC_IDENTIFIERS, DataCategory.HEALTH))
                        .subjectCategories(Set.of(SubjectCategory.PATIENTS)).approxSubjects(2300L)
                        .jurisdictions(codes("PL", "US-CA")).cause(BreachCause.SYSTEM_FAILURE)
                        .owner("Piotr Zieliński")
                        .awareGapReason("The report arrived outside office hours; the vulnerability was reproduced "
                                + "the next working morning."),
                        assessed(DataType.SENSITIVE, IdentificationEase.MAXIMUM, "0.25", "0", "0", false,
                                List.of(new DpcAdjustment(new BigDecimal("-1"), "appointment type only, no diagnosis")),
                                "Other patients could learn that a person has appointments with a given specialist.",
                                null),
                        steps(TRIAGE, INVESTIGATING))
                        .withFlags("hipaa-covered-entity"),
                demo(now, 1, 1, b -> b
                        .title("Careers page form shows other applicants' CVs")
                        .summary("A candidate reports seeing another person's CV after uploading her own.")
                        .reporter("Job applicant").channel(ReportChannel.EMAIL)
                        .jurisdictions(codes("PL")),
                        steps()),
                demo(now, 6, 6, b -> b
                        .title("Customer records deleted by a faulty data-retention job")
                        .summary("A retention script deleted 3,100 active customer records; the last good backup is "
                                + "five days old.")
                        .reporter("Database team").channel(ReportChannel.TICKET)
                        .breachTypes(Set.of(BreachType.AVAILABILITY, BreachType.INTEGRITY))
                        .dataCategories(Set.of(DataCategory.BASIC_IDENTIFIERS, DataCategory.CONTACT_DETAILS))
                        .subjectCategories(Set.of(SubjectCategory.CUSTOMERS)).approxSubjects(3100L)
                        .jurisdictions(codes("PL")).cause(BreachCause.SYSTEM_FAILURE),
                        steps(TRIAGE)),
                demo(now, 2, 2, b -> b
                        .title("Credential-stuffing attack on the customer portal")
                        .summary("Monitoring shows 340 successful log-ins from a botnet using passwords leaked "
                                + "elsewhere; US customers affected.")
                        .reporter("Security operations centre").channel(ReportChannel.SECURITY_MONITORING)
                        .jurisdictions(codes("US-NY", "US-TX")),
                        steps()),
                demo(now, 200, 200, b -> b
                        .title("Suspicious VPN log-in turned out to be an employee abroad")
                        .summary("An impossible-travel alert for a finance employee; she was on a business trip and "
                                + "used her own device. No data accessed by anyone else.")
                        .reporter("Security operations centre").channel(ReportChannel.SECURITY_MONITORING)
                        .jurisdictions(codes("PL")),
                        List.of(new Step(NOT_A_BREACH, "The log-in was the employee herself, confirmed by her manager "
                                + "and travel booking; no unauthorised access to personal data."))),
                demo(now, 400, 398, b -> b
                        .title("Printed list of pupils left on a commuter train")
                        .summary("A trainer of our school programme left a printed attendance list on a train; "
                                + "the operator's lost-property office returned it two days later.")
                        .reporter("Programme coordinator").channel(ReportChannel.PHONE)
                        .containedAt(hoursBefore(now, 350))
                        .breachTypes(Set.of(BreachType.CONFIDENTIALITY))
                        .dataCategories(Set.of(DataCategory.BASIC_IDENTIFIERS))
                        .subjectCategories(Set.of(SubjectCategory.CHILDREN)).approxSubjects(24L).approxRecords(24L)
                        .jurisdictions(codes("PL")).cause(BreachCause.INTERNAL_ACCIDENTAL).owner("Julia Kaczmarek")
                        .remedialActions("Paper lists replaced by the tablet app; trainers briefed on clean-desk rules.")
                        .awareGapReason("The trainer reported the loss the morning after it happened."),
                        assessed(DataType.SIMPLE, IdentificationEase.LIMITED, "0.25", "0", "0", false,
                                List.of(new DpcAdjustment(BigDecimal.ONE, "the individuals are children")),
                                "First names and school classes of 24 pupils; the list was returned unopened.",
                                new DecisionDraft(true, "Children's data: notified to UODO as a precaution.", false,
                                        "The list was returned by the lost-property office; no high risk.", null, null)),
                        steps(TRIAGE, INVESTIGATING, CLOSED))
                        // notified late, with the reasons for the delay that Art. 33(1) asks for
                        .withOutcome(new DemoOutcome("GDPR-SA", 80L, "The list's contents had to be confirmed with "
                                + "the partner school before the notification; the reasons for the delay were given "
                                + "to UODO with it.")));
    }

    private interface Fill {
        CaseDetails.Builder apply(CaseDetails.Builder builder);
    }

    private static DemoCase demo(Instant now, long detectedHoursAgo, long awareHoursAgo, Fill fill, List<Step> steps) {
        return demo(now, detectedHoursAgo, awareHoursAgo, fill, null, steps);
    }

    private static DemoCase demo(Instant now, long detectedHoursAgo, long awareHoursAgo, Fill fill,
            DemoAssessment assessment, List<Step> steps) {
        CaseDetails.Builder builder = CaseDetails.builder()
                .detectedAt(hoursBefore(now, detectedHoursAgo))
                .awareAt(hoursBefore(now, awareHoursAgo));
        CaseDetails details = fill.apply(builder).build();
        return new DemoCase(details.toBuilder().summary(FICTIONAL + details.summary()).build(), assessment, Set.of(),
                List.of(), steps);
    }

    private static DemoAssessment assessed(DataType type, IdentificationEase ease, String confidentiality,
            String integrity, String availability, boolean malicious, List<DpcAdjustment> adjustments, String narrative,
            DecisionDraft decision) {
        return new DemoAssessment(new SeverityInputs(type, adjustments, ease, new BigDecimal(confidentiality),
                new BigDecimal(integrity), new BigDecimal(availability), malicious), narrative, decision);
    }

    private static List<Step> steps(CaseStatus... targets) {
        return Arrays.stream(targets).map(t -> new Step(t, null)).toList();
    }

    private static List<Jurisdiction> codes(String... codes) {
        return Arrays.stream(codes).map(Jurisdiction::new).toList();
    }

    private static Instant hoursBefore(Instant now, long hours) {
        return now.minus(Duration.ofHours(hours));
    }
}
