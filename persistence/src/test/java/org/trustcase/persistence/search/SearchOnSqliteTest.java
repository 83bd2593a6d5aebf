package org.trustcase.persistence.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.evidence.Annotation;
import org.trustcase.model.evidence.EvidenceItem;
import org.trustcase.model.evidence.EvidenceState;
import org.trustcase.model.search.SearchHit;
import org.trustcase.model.search.SearchKind;
import org.trustcase.model.tasks.CaseNote;
import org.trustcase.model.tasks.CaseTask;
import org.trustcase.model.tasks.TaskStatus;
import org.trustcase.model.timeline.Confidence;
import org.trustcase.model.timeline.PastEvent;
import org.trustcase.persistence.Workspace;
import org.trustcase.persistence.testing.SampleCases;

/**
 * The search on a real workspace file: words and their beginnings, folded diacritics, English stems, every kind of
 * text, a reviewer's cases only, and the index in step with every write (an edit replaces what was found).
 */
class SearchOnSqliteTest {
    private static final Instant T = Instant.parse("2026-04-01T09:00:00Z");

    @TempDir
    Path dir;
    private Workspace workspace;
    private CaseReference ref;
    private CaseReference other;

    @BeforeEach
    void create() {
        workspace = Workspace.create(dir);
        ref = tx(() -> workspace.cases().insert(new CaseReference(2026, 1), SampleCases.requiredOnly().toBuilder()
                .title("Ransomware on the payroll server").summary("Files encrypted; a ransom note left").build(),
                CaseStatus.NEW, T).reference());
        other = tx(() -> workspace.cases().insert(new CaseReference(2026, 2), SampleCases.requiredOnly().toBuilder()
                .title("Misdirected letters").build(), CaseStatus.NEW, T).reference());
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private List<SearchHit> find(String... words) {
        return tx(() -> workspace.search().search(List.of(words), null, 50));
    }

    private long note(CaseReference of, String text, long replaces) {
        return tx(() -> workspace.notes().add(new CaseNote(0, of, text, List.of(), "julia", T, replaces)));
    }

    @Test
    void wordsAreFoundByTheirBeginningIgnoringCaseAndDiacritics() {
        note(ref, "Zażółć gęślą jaźń — pan Łukasz z działu płac zgłosił problem", 0);

        assertThat(find("zazolc")).extracting(SearchHit::kind).containsExactly(SearchKind.NOTE);
        assertThat(find("ZAŻÓŁĆ")).hasSize(1);
        assertThat(find("luk")).hasSize(1);
        assertThat(find("zglosil", "plac")).singleElement().satisfies(hit -> {
            assertThat(hit.reference()).isEqualTo(ref);
            assertThat(hit.caseTitle()).isEqualTo("Ransomware on the payroll server");
            // the snippet shows the text as written, the matched words marked
            assertThat(hit.snippet()).contains(SearchHit.MARK + "zgłosił" + SearchHit.END)
                    .contains(SearchHit.MARK + "płac" + SearchHit.END);
            assertThat(hit.plainSnippet()).contains("pan Łukasz z działu płac zgłosił");
        });
        assertThat(find("zglosil", "ransomware")).isEmpty();
        assertThat(find("xyz")).isEmpty();
    }

    @Test
    void englishWordsAreFoundByTheirStem() {
        note(ref, "Two breaches of the same mailbox were notified", 0);
        assertThat(find("breach")).hasSize(1);
        assertThat(find("mailboxes")).hasSize(1);
    }

    @Test
    void everyKindOfTextIsFoundWithItsCaseNewestFirst() {
        long task = tx(() -> workspace.tasks().add(new CaseTask(0, ref, 1, null, "Isolate the backup server",
                "Unplug it from the network", null, null, null, TaskStatus.OPEN, null, "julia", T, null, null)));
        EvidenceItem item = tx(() -> workspace.evidence().insert(new EvidenceItem(0, ref, "a".repeat(64), 10,
                "text/plain", false, "firewall.log", "SIEM", null, "julia", T, EvidenceState.INTACT)));
        long annotation = tx(() -> workspace.evidence().annotate(new Annotation(0, item.id(), "ewa", T,
                "Privileged: the server was reachable from the internet", new Annotation.Whole(), List.of(), true))
                .id());
        long event = tx(() -> workspace.pastEvents().add(new PastEvent(0, ref, T.minusSeconds(86_400),
                "First login of the attacker to the server", "VPN log", Confidence.PROBABLE, "julia", T)));

        List<SearchHit> hits = find("server");

        assertThat(hits).extracting(SearchHit::kind).containsExactly(SearchKind.EVENT, SearchKind.ANNOTATION,
                SearchKind.TASK, SearchKind.CASE);
        assertThat(hits).extracting(SearchHit::sourceId).containsExactly(event, annotation, task, 0L);
        assertThat(hits).extracting(SearchHit::reference).containsOnly(ref);
        assertThat(find("tc", "2026", "0002")).extracting(SearchHit::reference).containsExactly(other);
        assertThat(find("server").size()).isEqualTo(tx(() -> workspace.search().search(List.of("server"), null, 2))
                .size() + 2);
    }

    @Test
    void anEditReplacesWhatWasFoundAndTheFormerTextIsNoLongerFound() {
        long first = note(ref, "The laptop was stolen from a car", 0);
        note(ref, "The tablet was stolen from a train", first);
        assertThat(find("laptop")).isEmpty();
        assertThat(find("tablet")).hasSize(1);

        BreachCase c = tx(() -> workspace.cases().require(other));
        tx(() -> workspace.cases().update(c.withDetails(c.details().toBuilder().title("Letters sent to the wrong"
                + " addresses").summary("Printing house swapped envelopes").build(), T.plusSeconds(60))));
        assertThat(find("misdirected")).isEmpty();
        assertThat(find("envelope")).extracting(SearchHit::reference).containsExactly(other);

        EvidenceItem item = tx(() -> workspace.evidence().insert(new EvidenceItem(0, ref, "b".repeat(64), 10,
                "text/plain", false, "mail.eml", null, null, "julia", T, EvidenceState.INTACT)));
        Annotation before = tx(() -> workspace.evidence().annotate(new Annotation(0, item.id(), "ewa", T,
                "Sent by the intern", new Annotation.Quote("Dear customer"), List.of(), false)));
        tx(() -> workspace.evidence().annotate(new Annotation(0, item.id(), "ewa", T, "Sent by the printer",
                new Annotation.Quote("Dear customer"), List.of(), false, before.id())));
        assertThat(find("intern")).isEmpty();
        assertThat(find("printer")).hasSize(1);
        assertThat(find("dear", "customer")).hasSize(1);
    }

    @Test
    void aReviewerFindsOnlyInTheCasesAssignedToThem() {
        note(ref, "Payroll export mailed to a supplier", 0);
        note(other, "Payroll letters in the wrong envelopes", 0);
        tx(() -> {
            workspace.users().add(new org.trustcase.model.users.UserAccount("ewa", "Ewa",
                    org.trustcase.model.common.Role.LEGAL_REVIEWER, true, T), "hash");
            return workspace.caseAssignments().assign(other, "ewa", T);
        });
        assertThat(tx(() -> workspace.search().search(List.of("payroll"), "ewa", 50)))
                .extracting(SearchHit::reference).containsOnly(other);
        assertThat(find("payroll")).extracting(SearchHit::reference).contains(ref, other);
    }

    @Test
    void anItemsTextIsFoundUntilTheItemIsDisposedOf() {
        EvidenceItem log = tx(() -> workspace.evidence().insert(new EvidenceItem(0, ref, "c".repeat(64), 10,
                "text/plain", false, "vpn-gateway.log", "SIEM", null, "julia", T, EvidenceState.INTACT)));
        EvidenceItem photo = tx(() -> workspace.evidence().insert(new EvidenceItem(0, ref, "d".repeat(64), 10,
                "image/png", false, "screen.png", "SIEM", null, "julia", T, EvidenceState.INTACT)));
        assertThat(tx(() -> workspace.evidenceTexts().withoutText(10))).extracting(EvidenceItem::id)
                .containsExactly(log.id(), photo.id());

        tx(() -> {
            workspace.evidenceTexts().put(log.id(), "03:12 login from 198.51.100.7 user=kowalski");
            workspace.evidenceTexts().put(photo.id(), "");
            return null;
        });

        assertThat(tx(() -> workspace.evidenceTexts().withoutText(10))).isEmpty();
        assertThat(find("kowalski")).singleElement().satisfies(hit -> {
            assertThat(hit.kind()).isEqualTo(SearchKind.EVIDENCE);
            assertThat(hit.sourceId()).isEqualTo(log.id());
        });
        assertThat(find("vpn", "gateway")).hasSize(1);
        tx(() -> {
            workspace.evidence().setState(log.id(), EvidenceState.DISPOSED);
            return null;
        });
        assertThat(find("kowalski")).isEmpty();

        // an item disposed of while its text was read: the text arriving afterwards is not kept
        EvidenceItem late = tx(() -> workspace.evidence().insert(new EvidenceItem(0, ref, "e".repeat(64), 10,
                "text/plain", false, "late.log", "SIEM", null, "julia", T, EvidenceState.INTACT)));
        tx(() -> {
            workspace.evidence().setState(late.id(), EvidenceState.DISPOSED);
            workspace.evidenceTexts().put(late.id(), "nowak logged in");
            return null;
        });
        assertThat(find("nowak")).isEmpty();
    }

    private <T> T tx(Supplier<T> work) {
        return workspace.transactions().inTransaction(work::get);
    }
}
