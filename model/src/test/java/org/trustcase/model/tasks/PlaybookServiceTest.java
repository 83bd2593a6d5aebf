package org.trustcase.model.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trustcase.model.audit.AuditAction;
import org.trustcase.model.audit.AuditTrail;
import org.trustcase.model.audit.FieldChange;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.common.Actor;
import org.trustcase.model.common.ValidationException;
import org.trustcase.model.deadlines.RuleCatalog;
import org.trustcase.model.testing.Access;
import org.trustcase.model.testing.Cases;
import org.trustcase.model.testing.DirectTransactions;
import org.trustcase.model.testing.InMemoryAuditLog;
import org.trustcase.model.testing.InMemoryCaseRepository;
import org.trustcase.model.testing.InMemoryPlaybooks;
import org.trustcase.model.testing.InMemoryTasks;
import org.trustcase.model.testing.MutableClock;

class PlaybookServiceTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-04-01T09:00:00Z"));
    private final InMemoryCaseRepository cases = new InMemoryCaseRepository();
    private final InMemoryPlaybooks playbooks = new InMemoryPlaybooks();
    private final InMemoryTasks tasks = new InMemoryTasks();
    private final InMemoryAuditLog log = new InMemoryAuditLog();
    private final DirectTransactions transactions = new DirectTransactions();
    private final AuditTrail trail = new AuditTrail(log, clock, () -> new Actor("dpo"));
    private final PlaybookService service = new PlaybookService(cases, playbooks, tasks, RuleCatalog::standard, trail,
            transactions, Access.allowAll(trail, transactions), clock, () -> new Actor("dpo"));
    private final CaseReference ref = cases.insert(new CaseReference(2026, 1), Cases.minimal(), CaseStatus.NEW,
            clock.instant()).reference();

    private static Playbook lostDevice() {
        return new Playbook("lost-device", "Lost device", "A laptop lost", List.of(
                new Playbook.Step("Containment", "Wipe the device remotely", null, null),
                new Playbook.Step("Notification", "Notify the authority", "Within 72 hours", "GDPR-SA")), null, null);
    }

    @Test
    void applyingAPlaybookAddsItsTasksAfterTheCasesOwnInOrder() {
        service.save(lostDevice());
        tasks.add(new CaseTask(0, ref, 1, null, "Call the employee", null, null, null, null, TaskStatus.OPEN, null,
                "dpo", clock.instant(), null, null));

        List<CaseTask> added = service.apply(ref, "lost-device");

        assertThat(added).extracting(CaseTask::title, CaseTask::position, CaseTask::clockRule).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Wipe the device remotely", 2, null),
                org.assertj.core.groups.Tuple.tuple("Notify the authority", 3, "GDPR-SA"));
        assertThat(tasks.list(ref)).hasSize(3);
        assertThat(log.list(ref.toString()).stream().filter(e -> e.action() == AuditAction.PLAYBOOK_APPLIED)
                .findFirst().orElseThrow().changes()).containsExactly(new FieldChange("playbook", null,
                        "lost-device"), new FieldChange("tasks", null, "2"));
        assertThatThrownBy(() -> service.apply(ref, "flood")).hasMessageStartingWith("playbook.not-found");
    }

    @Test
    void aPlaybookIsCheckedStepByStepBeforeItIsSaved() {
        Playbook bad = new Playbook("Lost Device", " ", null, List.of(new Playbook.Step(null, " ", null, null),
                new Playbook.Step(null, "Notify", null, "GDPR-XX")), null, null);

        assertThatThrownBy(() -> service.save(bad)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors()).extracting(f -> f.field())
                        .containsExactly("name", "title", "tasks[1].title", "tasks[2].clock"));
        assertThat(playbooks.all()).isEmpty();
        assertThat(service.save(lostDevice()).updatedBy()).isEqualTo("dpo");
        assertThat(service.list()).extracting(Playbook::name).containsExactly("lost-device");
    }
}
