package org.trustcase.model.caseclocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trustcase.model.audit.AuditAction;
import org.trustcase.model.audit.AuditEvent;
import org.trustcase.model.audit.AuditTrail;
import org.trustcase.model.audit.FieldChange;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.CaseDetails;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.CaseRepository;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.casework.CaseService;
import org.trustcase.model.common.Actor;
import org.trustcase.model.common.ConcurrentChangeException;
import org.trustcase.model.common.ValidationException;
import org.trustcase.model.deadlines.ClockEngine;
import org.trustcase.model.deadlines.DeadlineEvent;
import org.trustcase.model.testing.Access;
import org.trustcase.model.testing.Cases;
import org.trustcase.model.testing.DirectTransactions;
import org.trustcase.model.testing.InMemoryAssessments;
import org.trustcase.model.testing.InMemoryAuditLog;
import org.trustcase.model.testing.InMemoryCaseClocks;
import org.trustcase.model.testing.InMemoryCaseRepository;
import org.trustcase.model.testing.InMemoryDecisions;
import org.trustcase.model.testing.MutableClock;
import org.trustcase.model.workflow.Workflow;

/**
 * Detection and awareness are fields of the case: recording them as deadline events takes the
 * case's one write path, so the same rules hold as for an edit of the case.
 */
class CaseFieldEventsTest {
    private static final Instant DETECTED = Instant.parse("2026-03-26T08:00:00Z");
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-28T09:00:00Z"));
    private final InMemoryCaseRepository stored = new InMemoryCaseRepository();
    private final InterferingCases caseRepository = new InterferingCases(stored);
    private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    private final DirectTransactions transactions = new DirectTransactions();
    private final AuditTrail trail = new AuditTrail(auditLog, clock, () -> new Actor("dpo"));
    private final CaseService cases = new CaseService(caseRepository, trail, transactions, Workflow.standard(), clock,
            Access.allowAll(trail, transactions));
    private final CaseClockService clocks = new CaseClockService(caseRepository, new InMemoryCaseClocks(),
            new InMemoryAssessments(), new InMemoryDecisions(), new CaseClocks(ClockEngine.standard()), trail,
            transactions, clock, () -> new Actor("dpo"), Access.allowAll(trail, transactions));
    private CaseReference ref;

    @BeforeEach
    void openCase() {
        ref = cases.open(Cases.complete()).reference();
    }

    @Test
    void recordingDetectionChangesTheCaseAndAuditsTheEventAsBefore() {
        clock.advance(Duration.ofMinutes(5));
        clocks.recordEvent(ref, DeadlineEvent.DETECTED, Instant.parse("2026-03-26T07:30:00Z"));

        BreachCase changed = cases.get(ref);
        assertThat(changed.details().detectedAt()).isEqualTo(Instant.parse("2026-03-26T07:30:00Z"));
        assertThat(changed.version()).isEqualTo(2);
        assertThat(changed.updatedAt()).isEqualTo(Instant.parse("2026-03-28T09:05:00Z"));
        AuditEvent event = last();
        assertThat(event.action()).isEqualTo(AuditAction.CASE_EVENT_RECORDED);
        assertThat(event.changes()).containsExactly(
                new FieldChange("detected", DETECTED.toString(), "2026-03-26T07:30:00Z"));
    }

    @Test
    void theSameValidationAsAnEditOfTheCase() {
        Instant future = clock.instant().plusSeconds(60);
        BreachCase current = cases.get(ref);
        ValidationException byEdit = catchValidation(() -> cases.update(ref, current.version(),
                current.details().toBuilder().awareAt(future).build()));
        ValidationException byEvent = catchValidation(() -> clocks.recordEvent(ref, DeadlineEvent.AWARE, future));
        assertThat(byEvent.errors()).isEqualTo(byEdit.errors()).isNotEmpty();

        Instant beforeDetection = DETECTED.minusSeconds(3600);
        byEdit = catchValidation(() -> cases.update(ref, current.version(),
                current.details().toBuilder().awareAt(beforeDetection).build()));
        byEvent = catchValidation(() -> clocks.recordEvent(ref, DeadlineEvent.AWARE, beforeDetection));
        assertThat(byEvent.errors()).isEqualTo(byEdit.errors());
        assertThat(byEvent).hasMessageContaining("awareAt: case.aware-before-detected(field(detectedAt))");

        assertThat(cases.get(ref)).isEqualTo(current);
        assertThat(auditLog.list()).hasSize(1);
    }

    @Test
    void theRecordedTimeAgainChangesNothing() {
        BreachCase current = cases.get(ref);

        clocks.recordEvent(ref, DeadlineEvent.AWARE, Cases.AWARE);

        assertThat(cases.get(ref)).isEqualTo(current);
        assertThat(auditLog.list()).hasSize(1);
    }

    @Test
    void aChangeByAnotherWriterInBetweenIsRefusedAndNothingIsRecorded() {
        caseRepository.changeBehindTheNextRead(c -> c.details().toBuilder().owner("Someone else").build());

        assertThatThrownBy(() -> clocks.recordEvent(ref, DeadlineEvent.AWARE, Instant.parse("2026-03-27T12:00:00Z")))
                .isInstanceOf(ConcurrentChangeException.class);

        BreachCase now = cases.get(ref);
        assertThat(now.details().owner()).isEqualTo("Someone else");
        assertThat(now.details().awareAt()).isEqualTo(Cases.AWARE);
        assertThat(auditLog.list()).extracting(AuditEvent::action).containsExactly(AuditAction.CASE_CREATED);
    }

    private AuditEvent last() {
        List<AuditEvent> events = auditLog.list(ref.toString());
        return events.get(events.size() - 1);
    }

    private static ValidationException catchValidation(Runnable call) {
        try {
            call.run();
        } catch (ValidationException e) {
            return e;
        }
        throw new AssertionError("no validation failure");
    }

    /** Cases in memory, where another writer can store a change right after the next read. */
    private static final class InterferingCases implements CaseRepository {
        private final InMemoryCaseRepository delegate;
        private UnaryOperator<BreachCase> pending;

        InterferingCases(InMemoryCaseRepository delegate) {
            this.delegate = delegate;
        }

        void changeBehindTheNextRead(Function<BreachCase, CaseDetails> change) {
            pending = c -> c.withDetails(change.apply(c), c.updatedAt());
        }

        @Override
        public CaseReference nextReference(int year) {
            return delegate.nextReference(year);
        }

        @Override
        public BreachCase insert(CaseReference reference, CaseDetails details, CaseStatus status, Instant at) {
            return delegate.insert(reference, details, status, at);
        }

        @Override
        public BreachCase update(BreachCase changed) {
            return delegate.update(changed);
        }

        @Override
        public Optional<BreachCase> find(CaseReference reference) {
            Optional<BreachCase> found = delegate.find(reference);
            if (pending != null && found.isPresent()) {
                delegate.update(pending.apply(found.get()));
                pending = null;
            }
            return found;
        }

        @Override
        public List<BreachCase> find(java.util.Collection<CaseReference> references) {
            return delegate.find(references);
        }

        @Override
        public List<BreachCase> findOpen(long afterId, int limit) {
            return delegate.findOpen(afterId, limit);
        }

        @Override
        public List<BreachCase> findAware(java.time.Instant from, java.time.Instant to, long afterId, int limit) {
            return delegate.findAware(from, to, afterId, limit);
        }

        @Override
        public long countOpen() {
            return delegate.countOpen();
        }
    }
}
