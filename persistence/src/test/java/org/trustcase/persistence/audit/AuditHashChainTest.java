package org.trustcase.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustcase.model.audit.AuditAction;
import org.trustcase.model.audit.AuditEvent;
import org.trustcase.model.audit.AuditHasher;
import org.trustcase.model.audit.AuditVerification;
import org.trustcase.model.audit.AuditVerifier;
import org.trustcase.model.audit.ChainHead;
import org.trustcase.model.audit.Checkpoint;
import org.trustcase.model.audit.CheckpointLog;
import org.trustcase.model.audit.FieldChange;
import org.trustcase.persistence.Workspace;

/** The audit trail as a hash chain in a real SQLite file: appended, sealed when older, verified, signed. */
class AuditHashChainTest {
    @TempDir
    Path dir;

    private static AuditEvent event(String actor, String field) {
        return new AuditEvent(0, Instant.parse("2026-03-04T10:00:00.123Z"), actor, "TC-2026-0001",
                AuditAction.CASE_UPDATED, List.of(new FieldChange(field, null, "x")), null);
    }

    private static AuditVerification verify(Workspace workspace, List<Checkpoint> checkpoints) {
        return workspace.transactions().read(() -> new AuditVerifier().verify(workspace.auditChain(), checkpoints));
    }

    @Test
    void eachAppendIsTheNextLinkAndTheHeadFollows() {
        try (Workspace workspace = Workspace.create(dir)) {
            for (int i = 0; i < 5; i++) {
                String field = "field" + i;
                workspace.transactions().inTransaction(() -> workspace.auditLog().append(event("anna", field)));
            }
            AuditVerification verified = verify(workspace, List.of());
            assertThat(verified.ok()).isTrue();
            assertThat(verified.events()).isEqualTo(5);
            ChainHead head = workspace.transactions().read(() -> workspace.auditChain().recordedHead());
            assertThat(head).isEqualTo(new ChainHead(5, verified.headHash()));
        }
    }

    @Test
    void aRolledBackAppendLeavesNeitherEventNorHead() {
        try (Workspace workspace = Workspace.create(dir)) {
            workspace.transactions().inTransaction(() -> workspace.auditLog().append(event("anna", "a")));
            assertThatThrownBy(() -> workspace.transactions().inTransaction(() -> {
                workspace.auditLog().append(event("anna", "b"));
                throw new IllegalStateException("the change failed");
            })).isInstanceOf(IllegalStateException.class);
            workspace.transactions().inTransaction(() -> workspace.auditLog().append(event("anna", "c")));
            AuditVerification verified = verify(workspace, List.of());
            assertThat(verified.ok()).isTrue();
            assertThat(verified.events()).isEqualTo(2);
        }
    }

    @Test
    void eventsRecordedBeforeTheChainAreSealedInOrderWhenTheWorkspaceIsOpened() throws SQLException {
        String url = "jdbc:sqlite:" + dir.resolve(Workspace.DATABASE_FILE);
        try (Connection connection = DriverManager.getConnection(url); Statement sql = connection.createStatement()) {
            sql.execute("PRAGMA application_id = " + 0x54724373);
        }
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration/sqlite").target("12").load()
                .migrate();
        try (Connection connection = DriverManager.getConnection(url); Statement sql = connection.createStatement()) {
            for (int i = 1; i <= 3; i++) {
                sql.execute("INSERT INTO audit_event (occurred_at, actor, case_reference, action, changes, reason)"
                        + " VALUES ('2026-01-0" + i + "T10:00:00.000Z', 'dpo', NULL, 'workspace-created', '[]', NULL)");
            }
        }

        try (Workspace workspace = Workspace.open(dir)) {
            AuditVerification sealed = verify(workspace, List.of());
            assertThat(sealed.ok()).as(String.valueOf(sealed.problem())).isTrue();
            assertThat(sealed.events()).isEqualTo(3);
            workspace.transactions().inTransaction(() -> workspace.auditLog().append(event("anna", "after")));
            assertThat(verify(workspace, List.of()).events()).isEqualTo(4);
        }
        // sealing was the one update allowed: a sealed event refuses any other
        try (Connection connection = DriverManager.getConnection(url); Statement sql = connection.createStatement()) {
            assertThatThrownBy(() -> sql.execute("UPDATE audit_event SET actor = 'x' WHERE seq = 1"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql.execute("UPDATE audit_event SET hash = NULL, prev_hash = NULL WHERE seq = 2"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql.execute("UPDATE audit_chain_head SET seq = 1"))
                    .hasMessageContaining("only moves forward");
            assertThatThrownBy(() -> sql.execute("DELETE FROM audit_chain_head")).hasMessageContaining("never deleted");
        }
    }

    @Test
    void checkpointsAreSignedOutsideTheDatabaseAndCheckedWithTheWorkspacesKeyOrAnExportedOne() throws Exception {
        try (Workspace workspace = Workspace.create(dir)) {
            workspace.transactions().inTransaction(() -> workspace.auditLog().append(event("anna", "a")));
            FileCheckpointLog checkpoints = workspace.checkpoints();
            assertThat(checkpoints.read().checkpoints()).isEmpty();
            ChainHead head = workspace.transactions().read(() -> workspace.auditChain().recordedHead());
            Checkpoint signed = checkpoints.sign(head.seq(), head.hash(), Instant.parse("2026-03-04T11:00:00Z"));
            assertThat(checkpoints.file()).exists();
            assertThat(checkpoints.file().getParent().getParent()).isEqualTo(dir);

            CheckpointLog.Reading reading = checkpoints.read();
            assertThat(reading.problems()).isEmpty();
            assertThat(reading.checkpoints()).containsExactly(signed);
            assertThat(verify(workspace, reading.checkpoints()).ok()).isTrue();

            String exported = checkpoints.publicKey();
            assertThat(exported).startsWith("-----BEGIN PUBLIC KEY-----");
            assertThat(checkpoints.trusting(exported).read().checkpoints()).containsExactly(signed);
            String otherKey = new FileCheckpointLog(dir.resolve("elsewhere")).publicKey();
            assertThat(checkpoints.trusting(otherKey).read().problems()).singleElement()
                    .satisfies(problem -> assertThat(problem.code()).isEqualTo("audit.verify.checkpoint-forged"));
            assertThat(FileCheckpointLog.fingerprint(exported)).hasSize(64).isNotEqualTo(
                    FileCheckpointLog.fingerprint(otherKey));
            assertThat(AuditHasher.GENESIS).isNotEqualTo(signed.headHash());
        }
    }
}
