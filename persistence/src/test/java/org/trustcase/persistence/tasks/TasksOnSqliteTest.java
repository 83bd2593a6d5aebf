package org.trustcase.persistence.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.tasks.CaseTask;
import org.trustcase.model.tasks.TaskStatus;
import org.trustcase.persistence.Workspace;
import org.trustcase.persistence.testing.SampleCases;

/** Tasks on a real workspace file: every field kept, in order, counted while pending, never deleted. */
class TasksOnSqliteTest {
    private static final Instant T = Instant.parse("2026-04-01T09:00:00Z");

    @TempDir
    Path dir;
    private Workspace workspace;
    private CaseReference ref;

    @BeforeEach
    void create() {
        workspace = Workspace.create(dir);
        ref = tx(() -> workspace.cases().insert(new CaseReference(2026, 1), SampleCases.requiredOnly(),
                CaseStatus.NEW, T).reference());
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private CaseTask task(int position, String title, Instant due, String rule) {
        return new CaseTask(0, ref, position, "Containment", title, "Details\nsecond line", "ewa", due, rule,
                TaskStatus.OPEN, null, "Julia", T, null, null);
    }

    @Test
    void tasksKeepEveryFieldTheirOrderAndTheirStatus() throws Exception {
        assertThat(tx(() -> workspace.tasks().nextPosition(ref))).isEqualTo(1);
        long second = tx(() -> workspace.tasks().add(task(2, "Notify UODO", null, "GDPR-SA")));
        long first = tx(() -> workspace.tasks().add(task(1, "Wipe the laptop", T.plusSeconds(3600), null)));

        assertThat(tx(() -> workspace.tasks().list(ref))).extracting(CaseTask::id).containsExactly(first, second);
        CaseTask stored = tx(() -> workspace.tasks().find(second)).orElseThrow();
        assertThat(stored).isEqualTo(task(2, "Notify UODO", null, "GDPR-SA").withId(second));
        assertThat(tx(() -> workspace.tasks().pending(ref))).isEqualTo(2);
        assertThat(tx(() -> workspace.tasks().nextPosition(ref))).isEqualTo(3);

        CaseTask notNeeded = stored.withStatus(TaskStatus.NOT_NEEDED, "The authority was told by phone", "Julia",
                T.plusSeconds(60));
        tx(() -> {
            workspace.tasks().update(notNeeded);
            return null;
        });
        assertThat(tx(() -> workspace.tasks().find(second))).contains(notNeeded);
        assertThat(tx(() -> workspace.tasks().pending(ref))).isEqualTo(1);

        workspace.close();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("trustcase.db"));
                Statement sql = connection.createStatement()) {
            assertThatThrownBy(() -> sql.execute("DELETE FROM case_task")).hasMessageContaining("stays with its case");
            assertThatThrownBy(() -> sql.execute("UPDATE case_task SET status = 'not-needed', reason = NULL"))
                    .hasMessageContaining("CHECK");
        }
        workspace = Workspace.open(dir);
    }

    @Test
    void aWorkspaceStartsWithSevenPlaybooksWhoseClocksAreRulesAndAPlaybookIsReplacedWhole() {
        java.util.List<org.trustcase.model.tasks.Playbook> all = tx(() -> workspace.playbooks().all());
        assertThat(all).extracting(org.trustcase.model.tasks.Playbook::name).containsExactly("credential-stuffing",
                "employee-unauthorised-access", "lost-or-stolen-device", "misdirected-email-or-post",
                "processor-breach", "ransomware", "web-application-exfiltration");
        org.trustcase.model.deadlines.RuleCatalog rules = org.trustcase.model.deadlines.RuleCatalog.standard();
        for (org.trustcase.model.tasks.Playbook playbook : all) {
            assertThat(playbook.steps()).hasSizeGreaterThanOrEqualTo(6);
            playbook.steps().stream().filter(s -> s.clockRule() != null)
                    .forEach(s -> assertThat(rules.rule(s.clockRule())).isNotNull());
        }
        org.trustcase.model.tasks.Playbook mine = new org.trustcase.model.tasks.Playbook("ransomware", "Ransomware",
                null, java.util.List.of(new org.trustcase.model.tasks.Playbook.Step(null, "Call the insurer", null,
                        null)), "Julia", T);
        tx(() -> {
            workspace.playbooks().put(mine);
            return null;
        });
        assertThat(tx(() -> workspace.playbooks().find("ransomware"))).contains(mine);
    }

    @Test
    void aNoteKeepsEveryVersionAndListsOnlyTheLatest() throws Exception {
        long first = tx(() -> workspace.notes().add(new org.trustcase.model.tasks.CaseNote(0, ref, "First login 03:14",
                java.util.List.of(4L, 7L), "Julia", T, 0)));
        long second = tx(() -> workspace.notes().add(new org.trustcase.model.tasks.CaseNote(0, ref,
                "First login 03:12", java.util.List.of(), "Julia", T.plusSeconds(60), first)));

        assertThat(tx(() -> workspace.notes().find(first)).orElseThrow().evidence()).containsExactly(4L, 7L);
        assertThat(tx(() -> workspace.notes().replaced(first))).isTrue();
        assertThat(tx(() -> workspace.notes().current(ref))).extracting(org.trustcase.model.tasks.CaseNote::id)
                .containsExactly(second);
        assertThatThrownBy(() -> tx(() -> workspace.notes().add(new org.trustcase.model.tasks.CaseNote(0, ref,
                "Another edit of the first", java.util.List.of(), "Julia", T, first))))
                .as("a version is replaced once").hasMessageContaining("UNIQUE");
        workspace.close();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("trustcase.db"));
                Statement sql = connection.createStatement()) {
            assertThatThrownBy(() -> sql.execute("UPDATE case_note SET text = 'x'")).hasMessageContaining("new version");
            assertThatThrownBy(() -> sql.execute("DELETE FROM case_note")).hasMessageContaining("stays");
        }
        workspace = Workspace.open(dir);
    }

    private <T> T tx(Supplier<T> work) {
        return workspace.transactions().inTransaction(work);
    }
}
