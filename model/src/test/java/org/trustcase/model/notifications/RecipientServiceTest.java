package org.trustcase.model.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trustcase.model.access.AccessControl;
import org.trustcase.model.access.AllowAllPolicy;
import org.trustcase.model.audit.AuditAction;
import org.trustcase.model.audit.AuditEvent;
import org.trustcase.model.audit.AuditTrail;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.common.Actor;
import org.trustcase.model.common.Problem;
import org.trustcase.model.testing.Cases;
import org.trustcase.model.testing.DirectTransactions;
import org.trustcase.model.testing.InMemoryAuditLog;
import org.trustcase.model.testing.InMemoryCaseRepository;
import org.trustcase.model.testing.InMemoryRecipients;
import org.trustcase.model.testing.MutableClock;

class RecipientServiceTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-04-01T09:00:00Z"));
    private final InMemoryCaseRepository cases = new InMemoryCaseRepository();
    private final InMemoryRecipients store = new InMemoryRecipients();
    private final InMemoryAuditLog log = new InMemoryAuditLog();
    private final DirectTransactions transactions = new DirectTransactions();
    private final Actor anna = new Actor("anna");
    private final AuditTrail trail = new AuditTrail(log, clock, () -> anna);
    private final AccessControl access = new AccessControl(new AllowAllPolicy(), () -> anna, trail, transactions,
            transactions);
    private final RecipientService service = new RecipientService(cases, store, trail, transactions, access, clock);
    private final CaseReference ref = cases.insert(new CaseReference(2026, 1), Cases.minimal(), CaseStatus.NEW,
            clock.instant()).reference();

    /** A file from lines of cells; the first is the header, the lines are numbered from 1. */
    private static RecipientService.RowFile file(String[]... lines) {
        List<String> header = List.of(lines[0]);
        List<RecipientRow> rows = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            Map<String, String> cells = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                cells.put(header.get(c), c < lines[i].length ? lines[i][c] : "");
            }
            rows.add(new RecipientRow(i + 1, cells));
        }
        return new RecipientService.RowFile("customers.csv", "ab".repeat(32), header, rows);
    }

    @Test
    void everyRowIsCheckedAndAFileWithRefusedRowsImportsNothingUnlessTheValidRowsAreAskedFor() {
        RecipientService.RowFile file = file(new String[] {"Name", "Email", "Address", "Language", "Customer no"},
                new String[] {"Anna Nowak", "anna@example.pl", "", "pl", "C-1"},
                new String[] {"", "nameless@example.pl", "", "", ""},
                new String[] {"Jan Kowalski", "jan(at)example.pl", "", "", ""},
                new String[] {"Ewa Lis", "", "", "", ""},
                new String[] {"Adam Wolny", "adam@example.pl", "", "de", ""},
                new String[] {"Piotr Zielinski", "", "ul. Polna 1\n00-001 Warszawa", "", "C-6"},
                new String[] {"Anna Nowak again", "ANNA@example.pl", "", "", ""});

        RecipientService.Imported whole = service.importRecipients(ref, file, false);

        assertThat(whole.imported()).isZero();
        assertThat(store.state()).isEmpty();
        assertThat(whole.rejected()).extracting(RowProblem::line, RowProblem::column,
                problem -> problem.reason().code()).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3L, "name", "validation.required"),
                        org.assertj.core.groups.Tuple.tuple(4L, "email", "recipients.email-invalid"),
                        org.assertj.core.groups.Tuple.tuple(5L, null, "recipients.no-contact"),
                        org.assertj.core.groups.Tuple.tuple(6L, "language", "recipients.language-unknown"));

        RecipientService.Imported valid = service.importRecipients(ref, file, true);

        assertThat(valid.imported()).isEqualTo(2);
        assertThat(valid.duplicates()).as("the same address, another case of letters").isEqualTo(1);
        assertThat(valid.rejectedTotal()).isEqualTo(4);
        List<Recipient> listed = service.list(ref, null, 0, 100);
        assertThat(listed).extracting(Recipient::name).containsExactly("Anna Nowak", "Piotr Zielinski");
        assertThat(listed.get(0).language()).isEqualTo("pl");
        assertThat(listed.get(1).language()).as("the first language by default").isEqualTo("en");
        assertThat(listed.get(0).fields()).containsEntry("Customer no", "C-1");
        assertThat(listed.get(1).address()).isEqualTo("ul. Polna 1\n00-001 Warszawa");
        assertThat(listed.get(1).line()).isEqualTo(7);
        assertThat(service.counts(ref)).containsEntry(RecipientStatus.PENDING, 2L);
        AuditEvent recorded = log.list(ref.toString()).get(log.list(ref.toString()).size() - 1);
        assertThat(recorded.action()).isEqualTo(AuditAction.RECIPIENTS_IMPORTED);

        RecipientService.Imported again = service.importRecipients(ref, file(new String[] {"name", "email"},
                new String[] {"Anna Nowak", "anna@example.pl"}), false);
        assertThat(again.imported()).isZero();
        assertThat(again.duplicates()).isEqualTo(1);
    }

    @Test
    void aHeaderWithoutANameOrAWayToReachPeopleImportsNothing() {
        RecipientService.Imported refused = service.importRecipients(ref, file(new String[] {"Full name", "phone",
                "phone"}, new String[] {"Anna", "1", "2"}), true);

        assertThat(refused.imported()).isZero();
        assertThat(refused.rejected()).extracting(p -> p.reason().code()).containsExactly("recipients.column-twice",
                "recipients.column-missing", "recipients.contact-column-missing");
        assertThat(refused.rejected()).allSatisfy(p -> assertThat(p.line()).isEqualTo(1));
    }

    @Test
    void aLineBreakInANameOrAControlCharacterInAFieldIsRefused() {
        RecipientService.Imported refused = service.importRecipients(ref, file(new String[] {"name", "email", "note"},
                new String[] {"Anna\nNowak", "anna@example.pl", ""},
                new String[] {"Jan", "jan@example.pl", "bell\u0007"}), false);

        assertThat(refused.rejected()).extracting(RowProblem::line, RowProblem::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, "name"), org.assertj.core.groups.Tuple.tuple(3L, "note"));
        assertThat(refused.rejected().get(0).reason()).isEqualTo(new Problem("validation.forbidden-character",
                List.of("U+000A")));
    }

    @Test
    void statusesAreSetFromAFileAllOrNothingAndNeverInTheFuture() {
        service.importRecipients(ref, file(new String[] {"name", "email"}, new String[] {"Anna", "anna@example.pl"},
                new String[] {"Jan", "jan@example.pl"}), false);

        RecipientService.Updated refused = service.updateStatuses(ref, file(new String[] {"email", "status", "at"},
                new String[] {"anna@example.pl", "sent", "2026-04-01T08:00:00Z"},
                new String[] {"nobody@example.pl", "sent", "2026-04-01T08:00:00Z"},
                new String[] {"jan@example.pl", "read", "2026-04-01T08:00:00Z"},
                new String[] {"jan@example.pl", "sent", "2026-05-01T08:00:00Z"},
                new String[] {"jan@example.pl", "sent", "yesterday"}));

        assertThat(refused.updated()).isZero();
        assertThat(refused.rejected()).extracting(p -> p.reason().code()).containsExactly("recipients.not-found",
                "recipients.status-unknown", "recipients.at-future", "recipients.at-invalid");
        assertThat(service.counts(ref)).containsEntry(RecipientStatus.PENDING, 2L);

        RecipientService.Updated done = service.updateStatuses(ref, file(new String[] {"id", "status", "at",
                "channel"}, new String[] {"1", "Delivered", "2026-04-01T08:00:00Z", "e-mail"}));

        assertThat(done.updated()).isEqualTo(1);
        Recipient anna = service.list(ref, RecipientStatus.DELIVERED, 0, 10).get(0);
        assertThat(anna.statusAt()).isEqualTo(Instant.parse("2026-04-01T08:00:00Z"));
        assertThat(anna.channel()).isEqualTo("e-mail");
        assertThat(log.list(ref.toString())).extracting(AuditEvent::action)
                .contains(AuditAction.RECIPIENT_STATUSES_UPDATED);
    }

    @Test
    void whereTheRecipientsLiveSuggestsTheJurisdictionsTheCaseLacks() {
        service.importRecipients(ref, file(new String[] {"Name", "Email", "Jurisdiction", "Country", "State"},
                new String[] {"Ann", "ann@example.com", "US-CA", "", ""},
                new String[] {"Bob", "bob@example.com", "us-ca", "", ""},
                new String[] {"Cy", "cy@example.com", "", "US", "TX"},
                new String[] {"Di", "di@example.com", "", "PL", ""},
                new String[] {"Ed", "ed@example.com", "", "Atlantis", ""},
                new String[] {"Flo", "flo@example.com", "", "", ""}), false);

        java.util.Map<org.trustcase.model.cases.Jurisdiction, Long> residences = service.residences(ref);

        assertThat(residences).containsOnly(
                java.util.Map.entry(new org.trustcase.model.cases.Jurisdiction("US-CA"), 2L),
                java.util.Map.entry(new org.trustcase.model.cases.Jurisdiction("US-TX"), 1L),
                java.util.Map.entry(new org.trustcase.model.cases.Jurisdiction("PL"), 1L));
        // a case named only in Poland: California and Texas bring their own clocks; Poland is named already
        var hints = org.trustcase.model.caseclocks.JurisdictionHint.missing(
                List.of(new org.trustcase.model.cases.Jurisdiction("PL")), residences,
                org.trustcase.model.deadlines.RuleCatalog.standard());
        assertThat(hints).extracting(h -> h.jurisdiction().code(), org.trustcase.model.caseclocks.JurisdictionHint::recipients)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("US-CA", 2L),
                        org.assertj.core.groups.Tuple.tuple("US-TX", 1L));
        assertThat(hints.get(0).ruleIds()).contains("US-CA-RESIDENTS", "US-CA-AG").doesNotContain("GDPR-SA");
        // a jurisdiction that adds no rule is not suggested: Germany to a Polish case under the GDPR... brings none
        assertThat(org.trustcase.model.caseclocks.JurisdictionHint.missing(
                List.of(new org.trustcase.model.cases.Jurisdiction("PL")),
                java.util.Map.of(new org.trustcase.model.cases.Jurisdiction("AT"), 5L),
                org.trustcase.model.deadlines.RuleCatalog.standard())).isEmpty();
    }
}
