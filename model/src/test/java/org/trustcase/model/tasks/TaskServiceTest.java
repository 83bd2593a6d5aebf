package org.trustcase.model.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trustcase.model.assessment.AssessmentService;
import org.trustcase.model.assessment.DecisionDraft;
import org.trustcase.model.audit.AuditAction;
import org.trustcase.model.audit.AuditTrail;
import org.trustcase.model.audit.FieldChange;
import org.trustcase.model.caseclocks.CaseClocks;
import org.trustcase.model.caseclocks.ClockSettlement;
import org.trustcase.model.cases.CaseChangeListener;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.cases.Jurisdiction;
import org.trustcase.model.casework.CaseService;
import org.trustcase.model.common.Actor;
import org.trustcase.model.common.Role;
import org.trustcase.model.common.ValidationException;
import org.trustcase.model.deadlines.ClockEngine;
import org.trustcase.model.deadlines.ClockStatus;
import org.trustcase.model.deadlines.RuleCatalog;
import org.trustcase.model.severity.DataType;
import org.trustcase.model.severity.IdentificationEase;
import org.trustcase.model.severity.SeverityInputs;
import org.trustcase.model.severity.SeverityMethod;
import org.trustcase.model.testing.Access;
import org.trustcase.model.testing.Cases;
import org.trustcase.model.testing.DirectTransactions;
import org.trustcase.model.testing.InMemoryAssessments;
import org.trustcase.model.testing.InMemoryAuditLog;
import org.trustcase.model.testing.InMemoryCaseClocks;
import org.trustcase.model.testing.InMemoryCaseRepository;
import org.trustcase.model.testing.InMemoryDecisions;
import org.trustcase.model.testing.InMemoryTasks;
import org.trustcase.model.testing.InMemoryUsers;
import org.trustcase.model.testing.MutableClock;
import org.trustcase.model.users.UserAccount;
import org.trustcase.model.workflow.Guards;
import org.trustcase.model.workflow.TransitionGuard;
import org.trustcase.model.workflow.Workflow;

/** Tasks of a Polish case aware 2026-03-27T10:00Z (the authority's clock due 72 hours later). */
class TaskServiceTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-28T09:00:00Z"));
    private final InMemoryCaseRepository caseRepository = new InMemoryCaseRepository();
    private final InMemoryAssessments assessments = new InMemoryAssessments();
    private final InMemoryDecisions decisions = new InMemoryDecisions();
    private final InMemoryCaseClocks clockFacts = new InMemoryCaseClocks();
    private final InMemoryTasks store = new InMemoryTasks();
    private final InMemoryUsers users = new InMemoryUsers();
    private final InMemoryAuditLog log = new InMemoryAuditLog();
    private final DirectTransactions transactions = new DirectTransactions();
    private final AuditTrail trail = new AuditTrail(log, clock, () -> new Actor("dpo"));
    private final ClockSettlement settlement = new ClockSettlement(clockFacts, assessments, decisions,
            new CaseClocks(ClockEngine.standard()), trail, () -> new Actor("dpo"), CaseChangeListener.NONE);
    private final TaskService service = new TaskService(caseRepository, store, users, settlement,
            RuleCatalog::standard, trail, transactions, Access.allowAll(trail, transactions), clock,
            () -> new Actor("dpo"));
    private final CaseService cases;
    private final CaseReference ref;

    TaskServiceTest() {
        List<TransitionGuard> guards = new ArrayList<>(Guards.standard());
        guards.add(new OpenTasksGuard(store));
        cases = new CaseService(caseRepository, trail, transactions, new Workflow(guards), clock,
                Access.allowAll(trail, transactions));
        ref = cases.open(Cases.complete().toBuilder().jurisdictions(List.of(new Jurisdiction("PL"))).build())
                .reference();
        users.add(new UserAccount("ewa", "Ewa Lis", Role.LEGAL_REVIEWER, true, clock.instant()), "hash");
        users.add(new UserAccount("jan", "Jan Nowak", Role.DPO, false, clock.instant()), "hash");
    }

    private TaskService.NewTask task(String title, String assignee, Instant due, String rule) {
        return new TaskService.NewTask(null, title, null, assignee, due, rule);
    }

    @Test
    void aTaskLinkedToAClockIsDueWhenTheClockIs() {
        service.add(ref, task("Notify UODO", "ewa", null, "GDPR-SA"));
        service.add(ref, task("Reset passwords", null, Instant.parse("2026-03-29T12:00:00Z"), null));
        service.add(ref, task("Tell the customers", null, null, "GDPR-DS"));

        List<TaskRow> rows = service.list(ref);

        assertThat(rows).extracting(r -> r.task().title()).containsExactly("Notify UODO", "Reset passwords",
                "Tell the customers");
        assertThat(rows.get(0).dueAt()).isEqualTo(Instant.parse("2026-03-30T10:00:00Z"));
        assertThat(rows.get(0).clockStatus()).isEqualTo(ClockStatus.RUNNING);
        assertThat(rows.get(1).dueAt()).isEqualTo(Instant.parse("2026-03-29T12:00:00Z"));
        assertThat(rows.get(2).dueAt()).as("the subjects' clock does not apply yet").isNull();
        assertThat(rows.get(2).clockStatus()).isEqualTo(ClockStatus.NOT_APPLICABLE);
        clock.set(Instant.parse("2026-03-30T10:00:01Z"));
        assertThat(service.list(ref).get(0).overdue(clock.instant())).isTrue();
        assertThat(log.list(ref.toString()).stream().filter(e -> e.action() == AuditAction.TASK_ADDED).findFirst()
                .orElseThrow().changes()).contains(new FieldChange("clock", null, "GDPR-SA"),
                        new FieldChange("assignee", null, "ewa"));
    }

    @Test
    void aTaskNeedsATitleAKnownActiveAssigneeAKnownRuleAndNotBothDueTimes() {
        assertThatThrownBy(() -> service.add(ref, task(" ", null, Instant.parse("2026-03-29T12:00:00Z"),
                "GDPR-XX"))).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors()).extracting(f -> f.field())
                        .containsExactly("title", "clock"));
        assertThatThrownBy(() -> service.add(ref, task("Call", null, Instant.parse("2026-03-29T12:00:00Z"),
                "GDPR-SA"))).hasMessageContaining("dueAt: task.due-and-clock(GDPR-SA)");
        assertThatThrownBy(() -> service.add(ref, task("Call", "jan", null, null)))
                .hasMessageContaining("assignee: task.assignee-unknown(jan)");
        assertThatThrownBy(() -> service.add(ref, task("Call", "nobody", null, null)))
                .hasMessageContaining("assignee: task.assignee-unknown(nobody)");
        assertThat(store.state()).isEmpty();
    }

    @Test
    void aCaseWithTasksStillToDoIsNotClosedUntilEachIsDoneOrNotNeededWithAReason() {
        AssessmentService assessing = new AssessmentService(caseRepository, assessments, decisions, trail,
                transactions, SeverityMethod.standard(), clock, () -> new Actor("dpo"),
                Access.allowAll(trail, transactions));
        assessing.assess(ref, new SeverityInputs(DataType.SIMPLE, List.of(), IdentificationEase.LIMITED,
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, false), null);
        assessing.decide(ref, new DecisionDraft(false, "Unlikely to result in a risk", false, "No risk", null,
                "Contained at once"));
        CaseTask wipe = service.add(ref, task("Wipe the laptop remotely", null, null, null));
        CaseTask police = service.add(ref, task("Report to the police", null, null, null));
        cases.move(ref, null, CaseStatus.TRIAGE, null);
        cases.move(ref, null, CaseStatus.INVESTIGATING, null);

        assertThatThrownBy(() -> cases.move(ref, null, CaseStatus.CLOSED, null))
                .hasMessageContaining("guard.open-tasks(2,");

        service.setStatus(wipe.id(), TaskStatus.DONE, null);
        assertThatThrownBy(() -> service.setStatus(police.id(), TaskStatus.NOT_NEEDED, " "))
                .hasMessageContaining("reason: task.reason-required");
        CaseTask notNeeded = service.setStatus(police.id(), TaskStatus.NOT_NEEDED, "Nothing was stolen");
        assertThat(notNeeded.reason()).isEqualTo("Nothing was stolen");
        assertThat(notNeeded.closedBy()).isEqualTo("dpo");

        assertThat(cases.move(ref, null, CaseStatus.CLOSED, null).status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(log.list(ref.toString()).stream().filter(e -> e.action() == AuditAction.TASK_STATUS_CHANGED)
                .map(e -> e.reason())).containsExactly(null, "Nothing was stolen");
    }
}
