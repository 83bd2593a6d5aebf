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
}
