package org.trustcase.model.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trustcase.model.audit.AuditAction;
import org.trustcase.model.audit.AuditTrail;
import org.trustcase.model.audit.FieldChange;
import org.trustcase.model.caseclocks.CaseClockService;
import org.trustcase.model.caseclocks.CaseClocks;
import org.trustcase.model.cases.CaseDetails;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.casework.CaseService;
import org.trustcase.model.common.Actor;
import org.trustcase.model.common.RuleViolationException;
import org.trustcase.model.common.ValidationException;
import org.trustcase.model.deadlines.ClockEngine;
import org.trustcase.model.deadlines.DeadlineEvent;
import org.trustcase.model.tasks.NoteService;
import org.trustcase.model.testing.Access;
import org.trustcase.model.testing.Cases;
import org.trustcase.model.testing.DirectTransactions;
import org.trustcase.model.testing.InMemoryAssessments;
import org.trustcase.model.testing.InMemoryAuditLog;
import org.trustcase.model.testing.InMemoryCaseClocks;
import org.trustcase.model.testing.InMemoryCaseRepository;
import org.trustcase.model.testing.InMemoryDecisions;
import org.trustcase.model.testing.InMemoryEvidence;
import org.trustcase.model.testing.InMemoryNotes;
import org.trustcase.model.testing.InMemoryPastEvents;
import org.trustcase.model.testing.MutableClock;
import org.trustcase.model.workflow.Guards;
import org.trustcase.model.workflow.Workflow;

class TimelineServiceTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-04-01T09:00:00Z"));
    private final InMemoryCaseRepository cases = new InMemoryCaseRepository();
    private final InMemoryCaseClocks clockStore = new InMemoryCaseClocks();
    private final InMemoryAuditLog log = new InMemoryAuditLog();
    private final DirectTransactions transactions = new DirectTransactions();
    private final Actor acting = new Actor("julia", "Julia Kaczmarek", Set.of());
    private final AuditTrail trail = new AuditTrail(log, clock, () -> acting);
    private final TimelineService timeline = new TimelineService(cases, new InMemoryPastEvents(), clockStore, new org.trustcase.model.testing.InMemoryTasks(), log,
            trail, transactions, Access.allowAll(trail, transactions), clock, () -> acting);
    private final CaseService caseService = new CaseService(cases, trail, transactions, new Workflow(Guards.standard()),
            clock, Access.allowAll(trail, transactions));
    private final NoteService notes = new NoteService(cases, new InMemoryNotes(), new InMemoryEvidence(), trail,
            transactions, Access.allowAll(trail, transactions), clock, () -> acting);

    private CaseReference opened() {
        CaseDetails details = Cases.minimal().toBuilder().detectedAt(Instant.parse("2026-03-31T20:00:00Z"))
                .awareAt(Instant.parse("2026-04-01T08:30:00Z")).build();
        return caseService.open(details).reference();
    }

    @Test
    void backDatedEventsTakeTheirPlaceByWhenTheyHappenedAndKeepWhenTheyWereRecorded() {
        CaseReference ref = opened();
        clock.set(Instant.parse("2026-04-02T10:00:00Z"));
        notes.add(ref, "Firewall logs requested from the hosting provider", List.of());
        clock.set(Instant.parse("2026-04-03T15:00:00Z"));
        PastEvent login = timeline.addEvent(ref, Instant.parse("2026-03-03T14:02:00Z"), "Attacker's first login",
                "VPN gateway log", Confidence.PROBABLE);

        List<TimelineEntry> entries = timeline.timeline(ref);

        assertThat(entries).extracting(TimelineEntry::code).containsExactly(TimelineService.PAST_EVENT,
                DeadlineEvent.DETECTED.code(), DeadlineEvent.AWARE.code(), "case-created", "note-added");
        TimelineEntry first = entries.get(0);
        assertThat(first.at()).isEqualTo(login.happenedAt());
        assertThat(first.recordedAt()).isEqualTo(Instant.parse("2026-04-03T15:00:00Z"));
        assertThat(first.recordedLater()).isTrue();
        assertThat(first.kind()).isEqualTo(TimelineKind.PAST_EVENT);
        assertThat(first.value("source")).isEqualTo("VPN gateway log");
        assertThat(first.value("confidence")).isEqualTo("probable");
        assertThat(entries.get(1).recordedAt()).isEqualTo(Instant.parse("2026-04-01T09:00:00Z"));
        assertThat(entries.get(4).kind()).isEqualTo(TimelineKind.NOTE);
        assertThat(entries.get(4).value("text")).isEqualTo("Firewall logs requested from the hosting provider");
        // the recording itself is audited, but shows once, at the time the event happened
        assertThat(log.list(ref.toString())).extracting(e -> e.action()).contains(AuditAction.PAST_EVENT_RECORDED);
        assertThat(entries).noneMatch(e -> e.code().equals(AuditAction.PAST_EVENT_RECORDED.code()));
    }

    @Test
    void aFactRecordedLaterShowsWhenItWasRecorded() {
        CaseReference ref = opened();
        clock.set(Instant.parse("2026-04-05T12:00:00Z"));
        CaseClockService clocks = new CaseClockService(cases, clockStore, new InMemoryAssessments(),
                new InMemoryDecisions(), new CaseClocks(ClockEngine.standard()), trail, transactions, clock,
                () -> acting, Access.allowAll(trail, transactions));
        clocks.recordEvent(ref, DeadlineEvent.DETERMINATION, Instant.parse("2026-04-02T16:00:00Z"));
        clocks.recordEvent(ref, DeadlineEvent.AWARE, Instant.parse("2026-04-01T07:00:00Z"));

        List<TimelineEntry> entries = timeline.timeline(ref);

        TimelineEntry aware = entries.stream().filter(e -> e.code().equals("aware")).findFirst().orElseThrow();
        assertThat(aware.at()).isEqualTo(Instant.parse("2026-04-01T07:00:00Z"));
        assertThat(aware.recordedAt()).isEqualTo(Instant.parse("2026-04-05T12:00:00Z"));
        TimelineEntry determination = entries.stream().filter(e -> e.code().equals("determination")).findFirst()
                .orElseThrow();
        assertThat(determination.recordedAt()).isEqualTo(Instant.parse("2026-04-05T12:00:00Z"));
        assertThat(entries).noneMatch(e -> e.code().equals(AuditAction.CASE_EVENT_RECORDED.code()));
        assertThat(entries).extracting(TimelineEntry::at).isSorted();
    }

    @Test
    void aPastEventNeedsADescriptionAndATimeNotInTheFuture() {
        CaseReference ref = opened();
        assertThatThrownBy(() -> timeline.addEvent(ref, Instant.parse("2026-04-02T00:00:00Z"), " ", "log\nline",
                Confidence.CONFIRMED)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("at: validation.in-future").hasMessageContaining("description: validation.required")
                .hasMessageContaining("source: validation.forbidden-character");
        assertThat(timeline.timeline(ref)).noneMatch(e -> e.kind() == TimelineKind.PAST_EVENT);
        assertThat(log.list(ref.toString())).noneMatch(e -> e.action() == AuditAction.PAST_EVENT_RECORDED);
    }

    @Test
    void aPastEventWithoutASourceReadsAsNone() {
        CaseReference ref = opened();
        timeline.addEvent(ref, Instant.parse("2026-03-30T10:00:00Z"), "Phishing call", " ", null);
        TimelineEntry call = timeline.timeline(ref).get(0);
        assertThat(call.value("source")).isNull();
        assertThat(call.value("confidence")).isEqualTo("confirmed");
        assertThat(call.before("description")).isNull();
        assertThat(call.value("no such field")).isNull();
    }

    @Test
    void aClosedCaseTakesNoNewPastEvent() {
        CaseReference ref = opened();
        cases.update(cases.require(ref).withStatus(org.trustcase.model.cases.CaseStatus.CLOSED, "done",
                clock.instant()));
        assertThatThrownBy(() -> timeline.addEvent(ref, clock.instant(), "late find", null, null))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void entriesOfTheSameMomentKeepTheOrderTheyWereRecordedIn() {
        CaseReference ref = opened();
        notes.add(ref, "one", List.of());
        notes.add(ref, "two", List.of());
        assertThat(timeline.timeline(ref)).filteredOn(e -> e.kind() == TimelineKind.NOTE)
                .extracting(e -> e.value("text")).containsExactly("one", "two");
        assertThat(new FieldChange("x", null, "y").after()).isEqualTo("y");
    }
}
