package org.trustcase.model.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trustcase.model.access.AccessControl;
import org.trustcase.model.access.AllowAllPolicy;
import org.trustcase.model.audit.AuditAction;
import org.trustcase.model.audit.AuditEvent;
import org.trustcase.model.audit.AuditTrail;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.common.Actor;
import org.trustcase.model.common.RuleViolationException;
import org.trustcase.model.common.ValidationException;
import org.trustcase.model.testing.Cases;
import org.trustcase.model.testing.DirectTransactions;
import org.trustcase.model.testing.InMemoryAuditLog;
import org.trustcase.model.testing.InMemoryCaseRepository;
import org.trustcase.model.testing.InMemoryEvidence;
import org.trustcase.model.testing.MutableClock;

class EvidenceServiceTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-04-01T09:00:00Z"));
    private final InMemoryCaseRepository cases = new InMemoryCaseRepository();
    private final InMemoryEvidence store = new InMemoryEvidence();
    private final InMemoryAuditLog log = new InMemoryAuditLog();
    private final DirectTransactions transactions = new DirectTransactions();
    private final Actor anna = new Actor("anna");
    private final AuditTrail trail = new AuditTrail(log, clock, () -> anna);
    private final AccessControl access = new AccessControl(new AllowAllPolicy(), () -> anna, trail, transactions,
            transactions);
    private final EvidenceService evidence = new EvidenceService(cases, store, store, trail, transactions, clock,
            access, () -> anna, (reference, login) -> false);
    private final CaseReference ref = cases.insert(new CaseReference(2026, 1), Cases.minimal(), CaseStatus.NEW,
            clock.instant()).reference();

    private static InputStream text(String content) {
        return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anItemKeepsWhoCollectedItWhenWhyAndFromWhereAndIsRecorded() {
        EvidenceService.Added added = evidence.add(ref, text("log line"), "access.log", " SIEM ", "Shows the access",
                bytes -> true);

        EvidenceItem item = added.item();
        assertThat(added.already()).isFalse();
        assertThat(item.originalName()).isEqualTo("access.log");
        assertThat(item.source()).isEqualTo("SIEM");
        assertThat(item.collectedBy()).isEqualTo("anna");
        assertThat(item.collectedAt()).isEqualTo(clock.instant());
        assertThat(item.state()).isEqualTo(EvidenceState.INTACT);
        assertThat(evidence.custody(item.id())).extracting(CustodyEvent::action).containsExactly(CustodyAction.IMPORTED);
        AuditEvent recorded = log.list(ref.toString()).get(0);
        assertThat(recorded.action()).isEqualTo(AuditAction.EVIDENCE_ADDED);
        assertThat(recorded.reason()).isEqualTo("Shows the access");
    }

    @Test
    void aChangedFileIsMarkedAndRecordedUntilAVerificationFindsItWholeAgain() {
        EvidenceItem item = evidence.add(ref, text("log line"), "access.log", null, null, bytes -> true).item();
        store.overwrite(item.sha256(), "forged".getBytes(StandardCharsets.UTF_8));

        List<EvidenceService.Verified> found = evidence.verify(ref);
        assertThat(found).singleElement().satisfies(v -> assertThat(v.matches()).isFalse());
        assertThat(evidence.list(ref).get(0).state()).isEqualTo(EvidenceState.ALTERED);
        assertThat(log.list(ref.toString())).extracting(AuditEvent::action).contains(AuditAction.EVIDENCE_ALTERED);

        store.overwrite(item.sha256(), "log line".getBytes(StandardCharsets.UTF_8));
        assertThat(evidence.verify(null)).singleElement().satisfies(v -> assertThat(v.matches()).isTrue());
        assertThat(evidence.list(ref).get(0).state()).isEqualTo(EvidenceState.INTACT);
        assertThat(evidence.custody(item.id())).extracting(CustodyEvent::action).containsExactly(
                CustodyAction.IMPORTED, CustodyAction.VERIFICATION_FAILED, CustodyAction.VERIFIED);
    }

    @Test
    void aNameThatCouldForgeALineOrASettledCaseIsRefusedBeforeAnythingIsStored() {
        assertThatThrownBy(() -> evidence.add(ref, text("x"), "a\nb.txt", null, null, bytes -> true))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> evidence.add(ref, text("x"), "  ", null, null, bytes -> true))
                .isInstanceOf(ValidationException.class);
        var settled = cases.find(ref).orElseThrow();
        cases.update(settled.withStatus(CaseStatus.CLOSED, null, clock.instant()));
        assertThatThrownBy(() -> evidence.add(ref, text("x"), "x.txt", null, null, bytes -> true))
                .isInstanceOf(RuleViolationException.class);
        assertThat(store.stored()).isEmpty();
    }

    @Test
    void aViewChecksTheFileFirstAndIsACustodyEventWithItsPurpose() {
        EvidenceItem item = evidence.add(ref, text("log line"), "access.log", null, null, bytes -> true).item();

        EvidenceService.Verified seen = evidence.view(item.id(), "Reading the log");
        assertThat(seen.matches()).isTrue();
        store.overwrite(item.sha256(), "forged".getBytes(StandardCharsets.UTF_8));
        EvidenceService.Verified altered = evidence.view(item.id(), null);

        assertThat(altered.item().state()).isEqualTo(EvidenceState.ALTERED);
        List<CustodyEvent> custody = evidence.custody(item.id());
        assertThat(custody).extracting(CustodyEvent::action).containsExactly(CustodyAction.IMPORTED,
                CustodyAction.VIEWED, CustodyAction.VERIFICATION_FAILED, CustodyAction.VIEWED);
        assertThat(custody.get(1).purpose()).isEqualTo("Reading the log");
    }

    @Test
    void disposalKeepsATombstoneWithTheHashAndRemovesTheFileOnlyWhenNoOtherItemKeepsIt() {
        EvidenceItem first = evidence.add(ref, text("log line"), "access.log", null, null, bytes -> true).item();
        CaseReference other = cases.insert(new CaseReference(2026, 2), Cases.minimal(), CaseStatus.NEW,
                clock.instant()).reference();
        EvidenceItem second = evidence.add(other, text("log line"), "copy.log", null, null, bytes -> true).item();

        assertThatThrownBy(() -> evidence.dispose(first.id(), " ")).isInstanceOf(ValidationException.class);
        EvidenceItem disposed = evidence.dispose(first.id(), "Retention period ended");
        assertThat(store.holds(first.sha256())).as("the other case keeps the same file").isTrue();
        evidence.dispose(second.id(), "Retention period ended");

        assertThat(store.holds(first.sha256())).isFalse();
        assertThat(disposed.state()).isEqualTo(EvidenceState.DISPOSED);
        assertThat(evidence.list(ref)).singleElement().satisfies(tombstone -> {
            assertThat(tombstone.sha256()).isEqualTo(first.sha256());
            assertThat(tombstone.state()).isEqualTo(EvidenceState.DISPOSED);
        });
        CustodyEvent last = evidence.custody(first.id()).get(1);
        assertThat(last.action()).isEqualTo(CustodyAction.DISPOSED);
        assertThat(last.purpose()).isEqualTo("Retention period ended");
        assertThat(log.list(ref.toString())).extracting(AuditEvent::action).contains(AuditAction.EVIDENCE_DISPOSED);
        assertThatThrownBy(() -> evidence.view(first.id(), null)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> evidence.dispose(first.id(), "again")).isInstanceOf(ValidationException.class);
        assertThat(evidence.verify(ref)).as("a tombstone is not checked").isEmpty();
        assertThat(evidence.reconcile().clean()).isTrue();
    }

    @Test
    void aBundleCarriesItemsCustodyNotesAndTombstonesIntoAnotherWorkspace() {
        EvidenceItem log1 = evidence.add(ref, text("log line"), "access.log", "SIEM", "Shows the access",
                bytes -> true).item();
        EvidenceItem gone = evidence.add(ref, text("old"), "old.txt", null, null, bytes -> true).item();
        evidence.annotate(log1.id(), "The export of the whole table", new Annotation.Region(1, 10, 20, 30, 40),
                List.of("exfiltration"), true);
        evidence.dispose(gone.id(), "Not relevant");
        org.trustcase.model.testing.InMemoryBundle bundle = new org.trustcase.model.testing.InMemoryBundle();

        EvidenceService.Exported exported = evidence.exportBundle(ref, bundle, "UODO", "Requested by the authority");

        assertThat(exported.items()).isEqualTo(2);
        assertThat(bundle.finished()).isTrue();
        assertThat(evidence.custody(log1.id())).last().satisfies(event -> {
            assertThat(event.action()).isEqualTo(CustodyAction.EXPORTED);
            assertThat(event.recipient()).isEqualTo("UODO");
        });

        Elsewhere there = new Elsewhere();
        EvidenceService.Imported imported = there.evidence.importBundle(bundle, null, "Group DPO review");

        assertThat(imported.caseReference()).isEqualTo(ref);
        assertThat(imported.added()).extracting(EvidenceItem::sha256, EvidenceItem::state).containsExactly(
                org.assertj.core.groups.Tuple.tuple(log1.sha256(), EvidenceState.INTACT),
                org.assertj.core.groups.Tuple.tuple(gone.sha256(), EvidenceState.DISPOSED));
        EvidenceItem copy = imported.added().get(0);
        assertThat(copy.collectedBy()).isEqualTo("anna");
        assertThat(copy.source()).isEqualTo("SIEM");
        List<CustodyEvent> original = bundle.entries().get(0).custody();
        List<CustodyEvent> carried = there.evidence.custody(copy.id());
        assertThat(carried).hasSize(original.size() + 1);
        assertThat(carried.subList(0, original.size())).extracting(CustodyEvent::action, CustodyEvent::actor,
                CustodyEvent::at).containsExactlyElementsOf(original.stream().map(e -> org.assertj.core.groups.Tuple
                        .tuple(e.action(), e.actor(), e.at())).toList());
        assertThat(carried.get(original.size()).action()).isEqualTo(CustodyAction.TRANSFERRED);
        assertThat(there.evidence.annotations(copy.id())).singleElement().satisfies(note -> {
            assertThat(note.anchor()).isEqualTo(new Annotation.Region(1, 10, 20, 30, 40));
            assertThat(note.privileged()).isTrue();
            assertThat(note.author()).isEqualTo("anna");
        });
        assertThat(there.evidence.verify(ref)).singleElement().satisfies(v -> assertThat(v.matches()).isTrue());

        EvidenceService.Imported again = there.evidence.importBundle(bundle, null, null);
        assertThat(again.added()).isEmpty();
        assertThat(again.already()).hasSize(2);
    }

    @Test
    void aBundleWhoseFileWasChangedOnTheWayLeavesNothingBehind() {
        EvidenceItem first = evidence.add(ref, text("first"), "a.txt", null, null, bytes -> true).item();
        EvidenceItem second = evidence.add(ref, text("second"), "b.txt", null, null, bytes -> true).item();
        org.trustcase.model.testing.InMemoryBundle bundle = new org.trustcase.model.testing.InMemoryBundle();
        evidence.exportBundle(ref, bundle, null, null);
        bundle.replaceFile(second.sha256(), "forged".getBytes(StandardCharsets.UTF_8));
        Elsewhere there = new Elsewhere();

        assertThatThrownBy(() -> there.evidence.importBundle(bundle, null, null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("bundle.hash-mismatch");

        assertThat(there.evidence.list(ref)).isEmpty();
        assertThat(there.store.stored()).as("neither the first file nor the forged one stays").isEmpty();
        assertThat(first.sha256()).isNotEqualTo(second.sha256());
    }

    @Test
    void aChangedFileBlocksTheExportAndMarksTheItem() {
        EvidenceItem item = evidence.add(ref, text("log line"), "access.log", null, null, bytes -> true).item();
        store.overwrite(item.sha256(), "forged".getBytes(StandardCharsets.UTF_8));
        org.trustcase.model.testing.InMemoryBundle bundle = new org.trustcase.model.testing.InMemoryBundle();

        assertThatThrownBy(() -> evidence.exportBundle(ref, bundle, null, null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("evidence.export-blocked");
        assertThat(bundle.finished()).isFalse();
        assertThat(evidence.list(ref).get(0).state()).isEqualTo(EvidenceState.ALTERED);
        assertThatThrownBy(() -> evidence.exportBundle(ref, new org.trustcase.model.testing.InMemoryBundle(), null,
                null)).as("known altered: refused before reading").hasMessageContaining("evidence.export-blocked");
    }

    @Test
    void aBundleItemWithAForgedLineIsRefusedNamingTheItem() {
        EvidenceItem item = evidence.add(ref, text("x"), "a.txt", null, null, bytes -> true).item();
        org.trustcase.model.testing.InMemoryBundle bundle = new org.trustcase.model.testing.InMemoryBundle();
        bundle.add(new EvidenceBundle.Entry(item.withState(EvidenceState.INTACT), List.of(new CustodyEvent(item.id(),
                1, CustodyAction.IMPORTED, "anna\nforged line", clock.instant(), null, null, null)), List.of()),
                text("x"));
        bundle.finish(new EvidenceBundle.Header(ref, clock.instant(), "anna"));
        Elsewhere there = new Elsewhere();

        assertThatThrownBy(() -> there.evidence.importBundle(bundle, null, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(0).field())
                        .isEqualTo("item " + item.id() + " custodyActor"));
        assertThat(there.store.stored()).isEmpty();
    }

    @Test
    void anEditedNoteKeepsItsEarlierVersionsAndOnlyItsAuthorEditsOnlyItsCurrentVersion() {
        EvidenceItem item = evidence.add(ref, text("log line"), "access.log", null, null, bytes -> true).item();
        Annotation first = evidence.annotate(item.id(), "The table left", new Annotation.Quote("log line"),
                List.of("exfiltration"), false);
        clock.advance(java.time.Duration.ofMinutes(5));

        Annotation second = evidence.editAnnotation(first.id(), "The whole customer table left", List.of("scope"),
                true);

        assertThat(second.replaces()).isEqualTo(first.id());
        assertThat(second.anchor()).as("the anchor stays").isEqualTo(first.anchor());
        assertThat(evidence.annotations(item.id())).containsExactly(second);
        assertThat(evidence.caseAnnotations(ref)).containsExactly(second);
        assertThat(evidence.annotationHistory(second.id())).containsExactly(first, second);
        assertThat(evidence.annotationHistory(first.id())).containsExactly(first, second);
        assertThatThrownBy(() -> evidence.editAnnotation(first.id(), "Overwrite", List.of(), false))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("annotation.replaced");
        assertThat(log.list(ref.toString())).extracting(AuditEvent::action)
                .contains(AuditAction.EVIDENCE_ANNOTATION_EDITED);

        EvidenceService asSomeoneElse = new EvidenceService(cases, store, store, trail, transactions, clock, access,
                () -> new Actor("julia"), (reference, login) -> false);
        assertThatThrownBy(() -> asSomeoneElse.editAnnotation(second.id(), "Mine now", List.of(), false))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("annotation.not-author");

        org.trustcase.model.testing.InMemoryBundle bundle = new org.trustcase.model.testing.InMemoryBundle();
        evidence.exportBundle(ref, bundle, null, null);
        Elsewhere there = new Elsewhere();
        long copy = there.evidence.importBundle(bundle, null, null).added().get(0).id();
        List<Annotation> carried = there.evidence.annotations(copy);
        assertThat(carried).singleElement().satisfies(note -> assertThat(note.text())
                .isEqualTo("The whole customer table left"));
        assertThat(there.evidence.annotationHistory(carried.get(0).id())).extracting(Annotation::text)
                .containsExactly("The table left", "The whole customer table left");
    }

    /** A second workspace with the same case. */
    private final class Elsewhere {
        final InMemoryCaseRepository cases = new InMemoryCaseRepository();
        final InMemoryEvidence store = new InMemoryEvidence();
        final EvidenceService evidence = new EvidenceService(cases, store, store, trail, transactions, clock, access,
                () -> new Actor("julia"), (reference, login) -> false);

        Elsewhere() {
            cases.insert(ref, Cases.minimal(), CaseStatus.NEW, clock.instant());
        }
    }
}
