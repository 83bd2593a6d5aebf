package org.trustcase.model.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trustcase.model.audit.AuditAction;
import org.trustcase.model.audit.AuditEvent;
import org.trustcase.model.audit.AuditTrail;
import org.trustcase.model.audit.FieldChange;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.common.Actor;
import org.trustcase.model.common.ConcurrentChangeException;
import org.trustcase.model.common.NotFoundException;
import org.trustcase.model.common.RuleViolationException;
import org.trustcase.model.common.ValidationException;
import org.trustcase.model.testing.Access;
import org.trustcase.model.testing.Cases;
import org.trustcase.model.testing.DirectTransactions;
import org.trustcase.model.testing.InMemoryAuditLog;
import org.trustcase.model.testing.InMemoryCaseRepository;
import org.trustcase.model.testing.MutableClock;
import org.trustcase.model.workflow.Workflow;

class CaseServiceTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-04-01T09:00:00Z"));
    private final InMemoryCaseRepository repository = new InMemoryCaseRepository();
    private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    private final DirectTransactions transactions = new DirectTransactions();
    private final AuditTrail trail = new AuditTrail(auditLog, clock, () -> new Actor("dpo"));
    private final CaseService service = new CaseService(repository, trail, transactions, Workflow.standard(), clock,
            Access.allowAll(trail, transactions));

    @Test
    void openingNumbersCasesPerYearAndAuditsEveryField() {
        BreachCase first = service.open(Cases.minimal());
        BreachCase second = service.open(Cases.complete());
        clock.set(Instant.parse("2027-01-01T00:00:01Z"));
        BreachCase nextYear = service.open(Cases.minimal());

        assertThat(List.of(first.reference(), second.reference(), nextYear.reference())).extracting(Object::toString)
                .containsExactly("TC-2026-0001", "TC-2026-0002", "TC-2027-0001");
        assertThat(first.status()).isEqualTo(CaseStatus.NEW);
        assertThat(first.version()).isEqualTo(1);
        AuditEvent created = auditLog.list("TC-2026-0001").get(0);
        assertThat(created.action()).isEqualTo(AuditAction.CASE_CREATED);
        assertThat(created.actor()).isEqualTo("dpo");
        assertThat(created.occurredAt()).isEqualTo(Instant.parse("2026-04-01T09:00:00Z"));
        assertThat(created.changes()).containsExactly(
                new FieldChange("title", null, "Misdirected e-mail with a customer list"),
                new FieldChange("awareAt", null, "2026-03-27T10:00:00Z"));
    }

    @Test
    void invalidDetailsAreRefusedBeforeAnythingIsStored() {
        assertThatThrownBy(() -> service.open(Cases.minimal().toBuilder().title(null).build()))
                .isInstanceOf(ValidationException.class).hasMessage("title: validation.required");
        assertThat(repository.findAll()).isEmpty();
        assertThat(auditLog.list()).isEmpty();
        assertThat(transactions.count()).isZero();
    }

    @Test
    void updateStoresAndAuditsOnlyTheChangedFields() {
        BreachCase opened = service.open(Cases.minimal());
        clock.advance(Duration.ofMinutes(5));
        BreachCase updated = service.update(opened.reference(), 1,
                opened.details().toBuilder().owner("Jan Kowalski").build());

        assertThat(updated.version()).isEqualTo(2);
        assertThat(updated.details().owner()).isEqualTo("Jan Kowalski");
        assertThat(updated.updatedAt()).isEqualTo(Instant.parse("2026-04-01T09:05:00Z"));
        AuditEvent event = auditLog.list().get(1);
        assertThat(event.action()).isEqualTo(AuditAction.CASE_UPDATED);
        assertThat(event.changes()).containsExactly(new FieldChange("owner", null, "Jan Kowalski"));
    }

    @Test
    void updateWithoutChangesWritesNothing() {
        BreachCase opened = service.open(Cases.minimal());
        BreachCase same = service.update(opened.reference(), 1, Cases.minimal());
        assertThat(same.version()).isEqualTo(1);
        assertThat(auditLog.list()).hasSize(1);
    }

    @Test
    void updateFromAStaleVersionIsRefused() {
        BreachCase opened = service.open(Cases.minimal());
        service.update(opened.reference(), 1, opened.details().toBuilder().owner("A").build());
        assertThatThrownBy(() -> service.update(opened.reference(), 1, opened.details().toBuilder().owner("B").build()))
                .isInstanceOf(ConcurrentChangeException.class)
                .hasMessage("case.changed-since-read(TC-2026-0001, 1, 2)");
        assertThat(service.get(opened.reference()).details().owner()).isEqualTo("A");
    }

    @Test
    void moveAppliesALegalTransitionAndAuditsItWithTheReason() {
        BreachCase opened = service.open(Cases.minimal());
        BreachCase dismissed = service.move(opened.reference(), 1L, CaseStatus.NOT_A_BREACH, " Only public data ");

        assertThat(dismissed.status()).isEqualTo(CaseStatus.NOT_A_BREACH);
        assertThat(dismissed.statusReason()).isEqualTo("Only public data");
        AuditEvent event = auditLog.list().get(1);
        assertThat(event.action()).isEqualTo(AuditAction.CASE_STATUS_CHANGED);
        assertThat(event.changes()).containsExactly(new FieldChange("status", "NEW", "NOT_A_BREACH"));
        assertThat(event.reason()).isEqualTo("Only public data");
    }

    @Test
    void aGuardedTransitionIsRefusedWithTheGuardsMessageAndNothingChanges() {
        BreachCase opened = service.open(Cases.minimal());
        service.move(opened.reference(), null, CaseStatus.TRIAGE, null);
        assertThatThrownBy(() -> service.move(opened.reference(), null, CaseStatus.INVESTIGATING, null))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("refused(transition.cannot-advance.investigating, guard.owner)");
        assertThat(service.get(opened.reference()).status()).isEqualTo(CaseStatus.TRIAGE);
        assertThat(auditLog.list()).hasSize(2);
    }

    @Test
    void anIllegalTransitionIsRefused() {
        BreachCase opened = service.open(Cases.complete());
        assertThatThrownBy(() -> service.move(opened.reference(), null, CaseStatus.CLOSED, null))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageStartingWith("transition.illegal(NEW, CLOSED, ");
    }

    @Test
    void aCompleteCaseRunsTheWholeWorkflowAndReopens() {
        CaseReference ref = service.open(Cases.complete()).reference();
        for (CaseStatus target : List.of(CaseStatus.TRIAGE, CaseStatus.INVESTIGATING, CaseStatus.NOTIFYING,
                CaseStatus.CLOSED)) {
            service.move(ref, null, target, null);
        }
        assertThat(service.get(ref).status()).isEqualTo(CaseStatus.CLOSED);
        BreachCase reopened = service.move(ref, null, CaseStatus.INVESTIGATING, "Processor reported more records");
        assertThat(reopened.status()).isEqualTo(CaseStatus.INVESTIGATING);
        assertThat(reopened.version()).isEqualTo(6);
        assertThat(auditLog.list(ref.toString())).hasSize(6);
    }

    @Test
    void moveChecksTheVersionWhenGiven() {
        CaseReference ref = service.open(Cases.minimal()).reference();
        service.move(ref, 1L, CaseStatus.TRIAGE, null);
        assertThatThrownBy(() -> service.move(ref, 1L, CaseStatus.NOT_A_BREACH, "x"))
                .isInstanceOf(ConcurrentChangeException.class);
    }

    @Test
    void unknownReferenceIsNotFound() {
        assertThatThrownBy(() -> service.get(new CaseReference(2026, 99)))
                .isInstanceOf(NotFoundException.class).hasMessage("case.not-found(TC-2026-0099)");
    }
}
