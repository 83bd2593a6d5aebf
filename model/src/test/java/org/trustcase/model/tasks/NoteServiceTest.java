package org.trustcase.model.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trustcase.model.audit.AuditAction;
import org.trustcase.model.audit.AuditTrail;
import org.trustcase.model.audit.FieldChange;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.common.Actor;
import org.trustcase.model.common.RuleViolationException;
import org.trustcase.model.common.ValidationException;
import org.trustcase.model.evidence.EvidenceService;
import org.trustcase.model.testing.Access;
import org.trustcase.model.testing.Cases;
import org.trustcase.model.testing.DirectTransactions;
import org.trustcase.model.testing.InMemoryAuditLog;
import org.trustcase.model.testing.InMemoryCaseRepository;
import org.trustcase.model.testing.InMemoryEvidence;
import org.trustcase.model.testing.InMemoryNotes;
import org.trustcase.model.testing.InMemoryUsers;
import org.trustcase.model.testing.MutableClock;

class NoteServiceTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-04-01T09:00:00Z"));
    private final InMemoryCaseRepository cases = new InMemoryCaseRepository();
    private final InMemoryNotes store = new InMemoryNotes();
    private final InMemoryEvidence evidenceStore = new InMemoryEvidence();
    private final InMemoryAuditLog log = new InMemoryAuditLog();
    private final DirectTransactions transactions = new DirectTransactions();
    private Actor acting = new Actor("julia", "Julia Kaczmarek", java.util.Set.of());
    private final AuditTrail trail = new AuditTrail(log, clock, () -> acting);
    private final NoteService service = new NoteService(cases, store, evidenceStore, trail, transactions,
            Access.allowAll(trail, transactions), clock, () -> acting);
    private final EvidenceService evidence = new EvidenceService(cases, evidenceStore, evidenceStore, trail,
            transactions, clock, Access.allowAll(trail, transactions), () -> acting, new InMemoryUsers());
    private final CaseReference ref = cases.insert(new CaseReference(2026, 1), Cases.minimal(), CaseStatus.NEW,
            clock.instant()).reference();
    private final CaseReference other = cases.insert(new CaseReference(2026, 2), Cases.minimal(), CaseStatus.NEW,
            clock.instant()).reference();

    private long item(CaseReference of, String content) {
        return evidence.add(of, new ByteArrayInputStream(content.getBytes()), content + ".log", "SIEM", "Shows it",
                bytes -> true).item().id();
    }

    @Test
    void aNoteRefersToTheCasesEvidenceAndAnEditIsANewVersionByItsAuthor() {
        long log1 = item(ref, "firewall");
        long elsewhere = item(other, "other case");

        assertThatThrownBy(() -> service.add(ref, "See the log", List.of(elsewhere)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("note.evidence-not-of-case");
        CaseNote first = service.add(ref, "The attacker's first login: **03:14** from a VPN exit node.",
                List.of(log1, log1));
        assertThat(first.evidence()).containsExactly(log1);

        clock.set(clock.instant().plusSeconds(600));
        CaseNote second = service.edit(first.id(), "The attacker's first login: **03:12**.", List.of(log1));
        assertThat(second.replaces()).isEqualTo(first.id());
        assertThat(service.list(ref)).containsExactly(second);
        assertThatThrownBy(() -> service.edit(first.id(), "again", List.of()))
                .isInstanceOf(RuleViolationException.class).hasMessageStartingWith("note.not-current");
        assertThat(log.list(ref.toString()).stream().filter(e -> e.action() == AuditAction.NOTE_EDITED)
                .findFirst().orElseThrow().changes()).contains(new FieldChange("text",
                        "The attacker's first login: **03:14** from a VPN exit node.",
                        "The attacker's first login: **03:12**."));

        acting = new Actor("ewa", "Ewa Lis", java.util.Set.of());
        assertThatThrownBy(() -> service.edit(second.id(), "mine now", List.of()))
                .hasMessageStartingWith("note.not-author");
        assertThatThrownBy(() -> service.add(ref, "  ", List.of())).hasMessageContaining("text: validation.required");
    }
}
