package org.trustcase.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.trustcase.persistence.jooq.Tables.AUDIT_EVENT;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustcase.model.audit.AuditAction;
import org.trustcase.model.audit.AuditEvent;
import org.trustcase.model.audit.AuditLog;
import org.trustcase.model.audit.AuditQuery;
import org.trustcase.model.audit.FieldChange;
import org.trustcase.model.common.Problem;
import org.trustcase.persistence.Workspace;
import org.trustcase.persistence.tx.SingleConnectionTransactions;

class JooqAuditLogTest {
    @TempDir
    Path dir;
    private Workspace workspace;
    private AuditLog log;

    @BeforeEach
    void create() {
        workspace = Workspace.create(dir);
        log = workspace.auditLog();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void appendedEventsComeBackWithTheirSequenceAndEveryValue() {
        AuditEvent created = new AuditEvent(0, Instant.parse("2026-03-04T10:00:00.123Z"), "Anna Kowalska",
                "TC-2026-0001", AuditAction.CASE_CREATED,
                List.of(new FieldChange("title", null, "Lost laptop"),
                        new FieldChange("summary", "old \"quoted\" text\nwith a newline", null),
                        new FieldChange("owner", null, null)),
                null);
        AuditEvent moved = new AuditEvent(0, Instant.parse("2026-03-05T10:00:00Z"), "dpo", "TC-2026-0001",
                AuditAction.CASE_STATUS_CHANGED, List.of(new FieldChange("status", "NEW", "NOT_A_BREACH")),
                "No personal data: the laptop was encrypted");

        AuditEvent first = tx(() -> log.append(created));
        AuditEvent second = tx(() -> log.append(moved));

        assertThat(first.sequence()).isPositive();
        assertThat(second.sequence()).isGreaterThan(first.sequence());
        assertThat(first).isEqualTo(created.withSequence(first.sequence()));
        assertThat(tx(() -> log.list())).containsExactly(first, second);
    }

    @Test
    void instantsKeepMillisecondsAndDropAnythingFiner() {
        AuditEvent appended = tx(() -> log.append(new AuditEvent(0, Instant.parse("2026-03-04T10:00:00.123456789Z"),
                "dpo", null, AuditAction.WORKSPACE_CREATED, List.of(), null)));

        assertThat(appended.occurredAt()).isEqualTo(Instant.parse("2026-03-04T10:00:00.123Z"));
        assertThat(tx(() -> log.list())).containsExactly(appended);
    }

    @Test
    void listsAreOldestFirstAndFilterByCase() {
        AuditEvent a1 = tx(() -> log.append(event("TC-2026-0002", "2026-03-01T00:00:00Z")));
        AuditEvent b1 = tx(() -> log.append(event("TC-2026-0001", "2026-03-02T00:00:00Z")));
        AuditEvent workspaceWide = tx(() -> log.append(event(null, "2026-03-03T00:00:00Z")));
        AuditEvent a2 = tx(() -> log.append(event("TC-2026-0002", "2026-03-04T00:00:00Z")));

        assertThat(tx(() -> log.list())).containsExactly(a1, b1, workspaceWide, a2);
        assertThat(tx(() -> log.list("TC-2026-0002"))).containsExactly(a1, a2);
        assertThat(tx(() -> log.list("TC-2026-0001"))).containsExactly(b1);
        assertThat(tx(() -> log.list("TC-2026-0099"))).isEmpty();
    }

    @Test
    void changesAreStoredAsAJsonArrayOfFieldBeforeAfter() {
        tx(() -> log.append(new AuditEvent(0, Instant.parse("2026-03-04T10:00:00Z"), "dpo", "TC-2026-0001",
                AuditAction.CASE_UPDATED, List.of(new FieldChange("title", "A", null)), null)));

        String stored = tx(() -> dsl().select(AUDIT_EVENT.CHANGES).from(AUDIT_EVENT).fetchOne(AUDIT_EVENT.CHANGES));

        assertThat(stored).isEqualTo("[{\"field\":\"title\",\"before\":\"A\",\"after\":null}]");
    }

    @Test
    void aNoteIsStoredAsItsCodeAndArgumentsBesideTheReasonTyped() {
        Problem note = Problem.of("audit-note.decision-reasons.subjects",
                Problem.of("audit-note.decision-reasons", "Risk to \"VIP\" customers"), "Cards to block");
        AuditEvent appended = tx(() -> log.append(new AuditEvent(0, Instant.parse("2026-03-04T10:00:00Z"), "dpo",
                "TC-2026-0001", AuditAction.DECISION_RECORDED, List.of(), null, note)));

        String stored = tx(() -> dsl().select(AUDIT_EVENT.NOTE).from(AUDIT_EVENT).fetchOne(AUDIT_EVENT.NOTE));

        assertThat(stored).isEqualTo("{\"code\":\"audit-note.decision-reasons.subjects\",\"args\":[{\"code\":"
                + "\"audit-note.decision-reasons\",\"args\":[\"Risk to \\\"VIP\\\" customers\"]},\"Cards to block\"]}");
        assertThat(tx(() -> log.list())).containsExactly(appended);
        assertThat(appended.note()).isEqualTo(note);
        assertThat(appended.reason()).isNull();
    }

    @Test
    void theDatabaseRefusesToUpdateOrDeleteAuditEvents() {
        tx(() -> log.append(event("TC-2026-0001", "2026-03-01T00:00:00Z")));

        assertThatThrownBy(() -> tx(() -> dsl().update(AUDIT_EVENT).set(AUDIT_EVENT.ACTOR, "someone else").execute()))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> tx(() -> dsl().deleteFrom(AUDIT_EVENT).execute()))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThat(tx(() -> log.list())).singleElement().extracting(AuditEvent::actor).isEqualTo("dpo");
    }

    private DSLContext dsl() {
        return ((SingleConnectionTransactions) workspace.transactions()).dsl("test");
    }

    private static AuditEvent event(String reference, String at) {
        return new AuditEvent(0, Instant.parse(at), "dpo", reference, AuditAction.CASE_UPDATED,
                Arrays.asList(new FieldChange("owner", "a", "b")), null);
    }

    private <T> T tx(Supplier<T> work) {
        return workspace.transactions().inTransaction(work);
    }

    @Test
    void theAuditLogIsSearchedByPersonActionCaseAndPeriodNewestFirstInPages() {
        Instant t = Instant.parse("2026-03-04T10:00:00Z");
        String[] actors = {"anna", "bert", "anna", "anna", "bert"};
        AuditAction[] actions = {AuditAction.CASE_CREATED, AuditAction.CASE_UPDATED, AuditAction.CASE_UPDATED,
                AuditAction.CASE_STATUS_CHANGED, AuditAction.CASE_UPDATED};
        for (int i = 0; i < actors.length; i++) {
            int n = i;
            tx(() -> log.append(new AuditEvent(0, t.plusSeconds(3600L * n), actors[n], n < 3 ? "TC-2026-0001"
                    : "TC-2026-0002", actions[n], List.of(), null)));
        }
        java.util.function.Function<List<AuditEvent>, List<Long>> seqs = events -> events.stream()
                .map(AuditEvent::sequence).toList();

        assertThat(seqs.apply(tx(() -> log.page(AuditQuery.ALL, Long.MAX_VALUE, 10)))).containsExactly(5L, 4L, 3L, 2L,
                1L);
        assertThat(seqs.apply(tx(() -> log.page(AuditQuery.ALL, 4, 2)))).as("the page after 4").containsExactly(3L, 2L);
        assertThat(seqs.apply(tx(() -> log.page(new AuditQuery("anna", null, null, null, null), Long.MAX_VALUE, 10))))
                .containsExactly(4L, 3L, 1L);
        assertThat(seqs.apply(tx(() -> log.page(new AuditQuery(null, AuditAction.CASE_UPDATED, "TC-2026-0001", null,
                null), Long.MAX_VALUE, 10)))).containsExactly(3L, 2L);
        assertThat(seqs.apply(tx(() -> log.page(new AuditQuery(null, null, null, t.plusSeconds(3600),
                t.plusSeconds(3 * 3600)), Long.MAX_VALUE, 10)))).as("from inclusive, to exclusive")
                .containsExactly(3L, 2L);
    }
}
