package org.trustcase.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustcase.model.audit.AuditHasher;

/**
 * Someone with the workspace's files rewrites its record the way an attacker would: with SQLite on the database
 * file, triggers dropped and created again, and a text editor on the checkpoints. {@code audit verify} catches each
 * change with exit 3 and names the first bad event.
 */
class AuditTamperCommandsTest {
    private static final String COLUMNS = "occurred_at, actor, case_reference, action, changes, reason, note";

    @TempDir
    Path temp;
    CliRunner cli;
    Path database;
    long events;

    @BeforeEach
    void aDemoWorkspaceThatVerifies() {
        Path workspace = temp.resolve("ws");
        cli = new CliRunner(workspace);
        assertThat(cli.run("workspace", "init", "--demo").code()).isZero();
        database = workspace.resolve("trustcase.db");
        CliRunner.Result verified = cli.run("audit", "verify");
        assertThat(verified.code()).as(verified.err()).isZero();
        assertThat(verified.out()).matches("OK \\d+ events, head [0-9a-f]{64}\\R");
        events = Long.parseLong(verified.out().split(" ")[1]);
        assertThat(events).isGreaterThan(20);
    }

    /** Runs SQL on the file as any SQLite tool would, with the triggers out of the way. */
    private void tamper(String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
                Statement sql = connection.createStatement()) {
            sql.execute("DROP TRIGGER IF EXISTS audit_event_no_update");
            sql.execute("DROP TRIGGER IF EXISTS audit_event_no_delete");
            sql.execute("DROP TRIGGER IF EXISTS audit_chain_head_follows");
            for (String statement : statements) {
                sql.execute(statement);
            }
        }
    }

    private void failsAt(long seq, String what) {
        CliRunner.Result result = cli.run("audit", "verify");
        assertThat(result.code()).as(result.out() + result.err()).isEqualTo(Cli.VERIFICATION_FAILED);
        assertThat(result.out()).startsWith("FAILED at event " + seq + ": ").contains(what);
    }

    @Test
    void anEditedFieldIsCaught() throws SQLException {
        tamper("UPDATE audit_event SET actor = 'someone.else' WHERE seq = 7");
        failsAt(7, "event 7 was changed after it was recorded");
    }

    @Test
    void anEventBackDatedUnderAnotherActorIsCaught() throws SQLException {
        tamper("UPDATE audit_event SET actor = 'Piotr Zieliński', occurred_at = '2026-01-01T00:00:00.000Z' "
                + "WHERE seq = 12");
        failsAt(12, "was changed after it was recorded");
    }

    @Test
    void anEventDeletedInTheMiddleIsCaught() throws SQLException {
        tamper("DELETE FROM audit_event WHERE seq = 10");
        failsAt(10, "event 10 is missing: the next event stored is 11");
    }

    @Test
    void theLastEventsDeletedAreCaughtAndTheirNumbersAreNotGivenAgain() throws SQLException {
        tamper("DELETE FROM audit_event WHERE seq > " + (events - 3));
        failsAt(events - 2, "the trail ends before event " + (events - 2) + ", but " + events + " events were recorded");
        // the next event continues after the numbers deleted, and the gap stays in the record
        assertThat(cli.run("audit", "checkpoint").code()).isZero();
        failsAt(events - 2, "event " + (events - 2) + " is missing: the next event stored is " + (events + 1));
    }

    @Test
    void aForgedEventWithAFittingHashAfterTheHeadIsCaught() throws SQLException {
        long next = events + 1;
        String head = row(events).get(8);
        String fitting = new AuditHasher().hash(next, head, Arrays.asList("2026-12-01T10:00:00.000Z",
                "Julia Kaczmarek", null, "case-updated", "[]", null, null));
        tamper("INSERT INTO audit_event (seq, " + COLUMNS + ", prev_hash, hash) VALUES (" + next
                + ", '2026-12-01T10:00:00.000Z', 'Julia Kaczmarek', NULL, 'case-updated', '[]', NULL, NULL, '" + head
                + "', '" + fitting + "')");
        failsAt(next, "event " + next + " was not recorded by Trustcase: the trail recorded " + events + " events");
    }

    @Test
    void theRecordOfTheHeadDeletedIsCaught() throws SQLException {
        tamper("DROP TRIGGER audit_chain_head_no_delete", "DELETE FROM audit_chain_head");
        failsAt(events + 1, "the record of the trail's last event was deleted: the trail holds " + events + " events");
    }

    @Test
    void anAssessmentRewrittenInItsOwnTableIsCaughtAgainstTheEventThatRecordedIt() throws SQLException {
        long recorded = firstSeqWhere("action = 'assessment-recorded' AND changes LIKE '%\"very-high\"%'");
        tamper("DROP TRIGGER assessment_no_update",
                "UPDATE assessment SET band = 'low', score = '1.5' WHERE band = 'very-high'");
        CliRunner.Result result = cli.run("audit", "verify");
        assertThat(result.code()).isEqualTo(Cli.VERIFICATION_FAILED);
        assertThat(result.out()).startsWith("FAILED at event " + recorded + ": assessment v1 of TC-2026-")
                .contains("but event " + recorded + " recorded", "the assessment was rewritten outside Trustcase");
    }

    @Test
    void aDecisionRewrittenInItsOwnTableIsCaughtAgainstTheEventThatRecordedIt() throws SQLException {
        firstSeqWhere("action = 'decision-recorded' AND changes LIKE "
                + "'%\"notifyAuthority\",\"before\":null,\"after\":\"yes\"%'");
        tamper("DROP TRIGGER IF EXISTS decision_only_signed_off_once",
                "UPDATE notification_decision SET notify_authority = 0 WHERE notify_authority = 1");
        CliRunner.Result result = cli.run("audit", "verify");
        assertThat(result.code()).isEqualTo(Cli.VERIFICATION_FAILED);
        // named by the event that recorded the decision (of the first case, by reference, whose decision was to notify)
        assertThat(result.out()).matches("(?s)FAILED at event (\\d+): decision v1 of TC-2026-\\d{4} holds "
                + "notifyAuthority = no, but event \\1 recorded yes: the decision was rewritten outside Trustcase\\R");
    }

    @Test
    void anAssessmentPutInWithoutAnEventIsCaught() throws SQLException {
        tamper("DROP TRIGGER IF EXISTS assessment_no_update",
                "INSERT INTO assessment SELECT case_id, version + 10, author, assessed_at, data_type, ease, "
                        + "cb_confidentiality, cb_integrity, cb_availability, malicious, dpc, cb, score, 'low', "
                        + "explanation, narrative FROM assessment LIMIT 1");
        CliRunner.Result result = cli.run("audit", "verify");
        assertThat(result.code()).isEqualTo(Cli.VERIFICATION_FAILED);
        assertThat(result.out()).startsWith("FAILED at records: 1 assessment versions are in the workspace that no "
                + "event of the trail recorded");
    }

    @Test
    void anAccountPutInOutsideTrustcaseIsCaughtAndCannotHideBehindItsRole() throws SQLException {
        // a second DPO, with the tester's own hash so that its password is known
        tamper("INSERT INTO app_user (login, full_name, role, password_hash, active, created_at) SELECT 'mallory', '',"
                + " 'dpo', password_hash, 1, created_at FROM app_user WHERE login = '" + CliRunner.DPO + "'");
        CliRunner.Result result = cli.run("audit", "verify");
        assertThat(result.code()).isEqualTo(Cli.VERIFICATION_FAILED);
        assertThat(result.out()).startsWith("FAILED at records: the account mallory is in the workspace but no event"
                + " of the trail added it");
    }

    @Test
    void aReviewerPromotedOutsideTrustcaseIsNamedByTheEventItContradicts() throws Exception {
        tamper("UPDATE app_user SET role = 'dpo' WHERE login = 'reviewer'");
        CliRunner.Result promoted = cli.run("audit", "verify");
        assertThat(promoted.code()).isEqualTo(Cli.VERIFICATION_FAILED);
        assertThat(promoted.out()).matches("FAILED at event \\d+: the account reviewer holds role = dpo, but event"
                + " \\d+ recorded legal-reviewer: it was changed outside Trustcase\\R");
    }

    @Test
    void aPasswordHashReplacedOutsideTrustcaseIsCaught() throws Exception {
        tamper("UPDATE app_user SET password_hash = (SELECT password_hash FROM app_user WHERE login = '"
                + CliRunner.DPO + "') WHERE login = 'manager'");
        CliRunner.Result replaced = cli.run("audit", "verify");
        assertThat(replaced.code()).isEqualTo(Cli.VERIFICATION_FAILED);
        assertThat(replaced.out()).contains("the account manager holds credential = sha256:");
    }

    @Test
    void swappedEventsAreCaughtAtTheFirst() throws SQLException {
        List<String> third = row(3);
        List<String> eighth = row(8);
        tamper(update(3, eighth), update(8, third));
        failsAt(3, "event 3 was changed after it was recorded");
    }

    @Test
    void aForgedEventIsCaughtWithOrWithoutAHashThatFits() throws SQLException {
        long next = events + 1;
        String head = row(events).get(8);
        tamper("INSERT INTO audit_event (seq, " + COLUMNS + ", prev_hash, hash) VALUES (" + next
                + ", '2026-12-01T10:00:00.000Z', 'Julia Kaczmarek', NULL, 'case-updated', '[]', NULL, NULL, '" + head
                + "', '" + "ab".repeat(32) + "')");
        failsAt(next, "event " + next + " was changed after it was recorded");

        // an attacker who knows the algorithm makes the hash fit: the head the trail recorded still tells
        String fitting = new AuditHasher().hash(next, head, Arrays.asList("2026-12-01T10:00:00.000Z",
                "Julia Kaczmarek", null, "case-updated", "[]", null, null));
        tamper("UPDATE audit_event SET hash = '" + fitting + "' WHERE seq = " + next);
        // the failed check was recorded after the forged event, linked to the last event the trail recorded itself
        failsAt(next, "event " + next + " was inserted: the next event Trustcase recorded, " + (next + 1)
                + ", follows event " + events);
    }

    @Test
    void aTrailRewrittenWithItsHashesRecomputedIsCaughtByTheSignedCheckpoint() throws SQLException {
        assertThat(cli.run("audit", "checkpoint").code()).isZero();
        long signed = events;
        // the attacker lowers an assessment's band, then recomputes every hash from there on and the recorded head
        long assessed = firstSeqWhere("action = 'assessment-recorded' AND (changes LIKE '%\"very-high\"%' "
                + "OR changes LIKE '%\"high\"%')");
        String before = row(assessed).get(4);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
                Statement sql = connection.createStatement()) {
            sql.execute("DROP TRIGGER audit_event_no_update");
            sql.execute("DROP TRIGGER audit_chain_head_forward");
            sql.execute("DROP TRIGGER audit_chain_head_follows");
            sql.execute("UPDATE audit_event SET changes = replace(changes, '\"very-high\"', '\"low\"') "
                    + "WHERE seq = " + assessed);
            sql.execute("UPDATE audit_event SET changes = replace(changes, '\"high\"', '\"low\"') WHERE seq = " + assessed);
            assertThat(row(assessed, connection).get(4)).as("the band was lowered").isNotEqualTo(before);
            String previous = row(assessed - 1, connection).get(8);
            AuditHasher hasher = new AuditHasher();
            long last = 0;
            try (ResultSet rows = connection.createStatement().executeQuery(
                    "SELECT seq, " + COLUMNS + " FROM audit_event WHERE seq >= " + assessed + " ORDER BY seq");
                    PreparedStatement rehash = connection.prepareStatement(
                            "UPDATE audit_event SET prev_hash = ?, hash = ? WHERE seq = ?")) {
                List<Object[]> updates = new ArrayList<>();
                while (rows.next()) {
                    long seq = rows.getLong(1);
                    String hash = hasher.hash(seq, previous, Arrays.asList(rows.getString(2), rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7),
                            rows.getString(8)));
                    updates.add(new Object[] {previous, hash, seq});
                    previous = hash;
                    last = seq;
                }
                for (Object[] update : updates) {
                    rehash.setString(1, (String) update[0]);
                    rehash.setString(2, (String) update[1]);
                    rehash.setLong(3, (Long) update[2]);
                    rehash.executeUpdate();
                }
            }
            sql.execute("UPDATE audit_chain_head SET seq = " + last + ", hash = '" + previous + "'");
        }
        CliRunner.Result result = cli.run("audit", "verify");
        assertThat(result.code()).isEqualTo(Cli.VERIFICATION_FAILED);
        // the first checkpoint after the change disagrees: the one signed when a later demo case closed, or ours
        long disagreeing = Long.parseLong(result.out().replaceFirst("(?s).*the trail up to event (\\d+) is not the one "
                + "the checkpoint signed.*", "$1"));
        assertThat(disagreeing).isBetween(assessed, signed);
        // named: the first event after the last checkpoint that still agrees (one signed when a demo case closed)
        long named = Long.parseLong(result.out().replaceFirst("(?s)FAILED at event (\\d+):.*", "$1"));
        assertThat(named).isBetween(1L, assessed);
        assertThat(result.out()).contains("rewritten at or after event " + named);
    }

    @Test
    void anEditedCheckpointAndAReplacedKeyAreCaught() throws Exception {
        assertThat(cli.run("audit", "checkpoint").code()).isZero();
        Path exported = temp.resolve("trustcase-audit.pem");
        Files.writeString(exported, cli.run("audit", "public-key").out());
        Path checkpoints = temp.resolve("ws/audit/checkpoints.log");
        String signed = Files.readString(checkpoints);

        Files.writeString(checkpoints, signed.replaceFirst("^\\d+ ", (events - 5) + " "));
        CliRunner.Result edited = cli.run("audit", "verify");
        assertThat(edited.code()).isEqualTo(Cli.VERIFICATION_FAILED);
        assertThat(edited.out()).startsWith("FAILED at checkpoints: ").contains("line 1 of", "does not carry a valid "
                + "signature");

        // someone with the files makes a new key and signs a checkpoint of a rewritten trail with it
        Files.writeString(checkpoints, signed);
        Files.delete(temp.resolve("ws/audit/checkpoint-key"));
        Files.delete(temp.resolve("ws/audit/checkpoint-key.pub"));
        Files.delete(checkpoints);
        assertThat(cli.run("audit", "checkpoint").code()).isZero();
        assertThat(cli.run("audit", "verify").code()).as("the workspace's own key is now the new one").isZero();
        CliRunner.Result withTheExportedKey = cli.run("audit", "verify", "--public-key", exported.toString());
        assertThat(withTheExportedKey.code()).isEqualTo(Cli.VERIFICATION_FAILED);
        assertThat(withTheExportedKey.out()).contains("does not carry a valid signature");
    }

    @Test
    void theExportHoldsEveryEventWithItsHashesAndTheCheckpointSignedForIt() throws Exception {
        Path out = temp.resolve("trail.jsonl");
        CliRunner.Result exported = cli.run("audit", "export", "--out", out.toString());
        assertThat(exported.code()).as(exported.err()).isZero();
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize((int) events + 2);
        assertThat(lines.get(0)).startsWith("{\"type\":\"event\",\"seq\":1,").contains("\"prevHash\":\""
                + AuditHasher.GENESIS + "\"");
        assertThat(lines.get(lines.size() - 1)).startsWith("{\"type\":\"checkpoint\",\"events\":" + events + ",");
        assertThat(exported.out()).contains("Exported " + (events + 1) + " audit events", "checkpoint: " + events
                + " events");
        assertThat(cli.run("audit", "export", "--out", out.toString()).code()).as("never over a file").isNotZero();
        assertThat(Files.readAllLines(out, StandardCharsets.UTF_8)).isEqualTo(lines);
    }

    private long firstSeqWhere(String condition) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
                ResultSet rows = connection.createStatement().executeQuery(
                        "SELECT min(seq) FROM audit_event WHERE " + condition)) {
            rows.next();
            assertThat(rows.getLong(1)).as("an event where " + condition).isPositive();
            return rows.getLong(1);
        }
    }

    /** The stored columns of an event, then its prev_hash and hash. */
    private List<String> row(long seq) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database)) {
            return row(seq, connection);
        }
    }

    private static List<String> row(long seq, Connection connection) throws SQLException {
        try (ResultSet rows = connection.createStatement().executeQuery(
                "SELECT " + COLUMNS + ", prev_hash, hash FROM audit_event WHERE seq = " + seq)) {
            assertThat(rows.next()).isTrue();
            List<String> values = new ArrayList<>();
            for (int i = 1; i <= 9; i++) {
                values.add(rows.getString(i));
            }
            return values;
        }
    }

    /** An UPDATE giving event {@code seq} the columns and hashes of another. */
    private static String update(long seq, List<String> values) {
        String[] names = (COLUMNS + ", prev_hash, hash").split(", ");
        StringBuilder sql = new StringBuilder("UPDATE audit_event SET ");
        for (int i = 0; i < names.length; i++) {
            sql.append(i == 0 ? "" : ", ").append(names[i]).append(" = ")
                    .append(values.get(i) == null ? "NULL" : "'" + values.get(i).replace("'", "''") + "'");
        }
        return sql.append(" WHERE seq = ").append(seq).toString();
    }
}
