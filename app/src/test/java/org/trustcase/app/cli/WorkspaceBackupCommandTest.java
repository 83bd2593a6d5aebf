package org.trustcase.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustcase.app.cli.json.Json;

class WorkspaceBackupCommandTest {
    @TempDir
    Path temp;

    @Test
    void aBackupOfTheDemoWorkspaceRoundTrips() throws Exception {
        CliRunner source = new CliRunner(temp.resolve("demo"));
        assertThat(source.run("workspace", "init", "--demo").code()).isZero();
        Path backup = temp.resolve("demo.trustcase");

        CliRunner.Result backedUp = source.run("workspace", "backup", "--out", backup.toString());
        assertThat(backedUp.code()).as(backedUp.err()).isZero();
        assertThat(backedUp.out()).startsWith("Backed up workspace " + temp.resolve("demo") + " to " + backup);
        assertThat(filesIn(temp)).containsExactlyInAnyOrder("demo", "demo.trustcase");

        CliRunner restored = new CliRunner(temp.resolve("restored"));
        CliRunner.Result restoring = restored.run("workspace", "restore", backup.toString());
        assertThat(restoring.code()).as(restoring.err()).isZero();
        assertThat(restoring.out()).contains("into " + temp.resolve("restored")).contains("integrity checked");
        assertThat(integrityCheck(temp.resolve("restored/trustcase.db"))).isEqualTo("ok");

        String cases = source.run("case", "list", "--format", "json").out();
        assertThat(restored.run("case", "list", "--format", "json").out()).isEqualTo(cases);
        assertThat(restored.run("audit", "list", "--format", "json").out())
                .isEqualTo(source.run("audit", "list", "--format", "json").out());
        JsonNode list = Json.mapper().readTree(cases);
        assertThat(list.size()).isGreaterThan(5);
        for (JsonNode c : list) {
            String ref = c.get("reference").asText();
            assertThat(restored.run("case", "show", ref, "--format", "json").out())
                    .isEqualTo(source.run("case", "show", ref, "--format", "json").out());
            assertThat(restored.run("deadlines", "list", ref, "--format", "json").out())
                    .isEqualTo(source.run("deadlines", "list", ref, "--format", "json").out());
            assertThat(restored.run("decision", "list", ref).out())
                    .isEqualTo(source.run("decision", "list", ref).out());
        }
    }

    @Test
    void aBackupCarriesTheEvidenceAndARestoreChecksEveryFilesHash() throws Exception {
        CliRunner source = new CliRunner(temp.resolve("ws"));
        assertThat(source.run("workspace", "init").code()).isZero();
        String ref = source.run("case", "new", "--title", "Stolen laptop", "--aware", "2026-03-30T10:00:00Z").out()
                .strip();
        Path log = Files.writeString(temp.resolve("access.log"), "10.0.0.7 GET /customers.csv 200\n");
        Path mail = Files.writeString(temp.resolve("mail.eml"), "From: a@example.com\nSubject: list\n\nThe list.\n");
        assertThat(source.run("evidence", "add", ref, log.toString()).code()).isZero();
        assertThat(source.run("evidence", "add", ref, mail.toString()).code()).isZero();
        Path backup = temp.resolve("with-evidence.trustcase");
        assertThat(source.run("workspace", "backup", "--out", backup.toString()).code()).isZero();

        CliRunner restored = new CliRunner(temp.resolve("restored"));
        CliRunner.Result restoring = restored.run("workspace", "restore", backup.toString());
        assertThat(restoring.code()).as(restoring.err()).isZero();
        assertThat(restored.run("evidence", "verify").out()).isEqualTo("OK 2 evidence items match their SHA-256\n");
        assertThat(restored.run("evidence", "list", ref, "--format", "json").out())
                .isEqualTo(source.run("evidence", "list", ref, "--format", "json").out());

        // one evidence byte changed inside the archive: the restore refuses and leaves nothing
        Path damaged = temp.resolve("damaged.trustcase");
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(backup.toFile());
                java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(damaged))) {
            for (java.util.zip.ZipEntry entry : java.util.Collections.list(zip.entries())) {
                byte[] bytes = zip.getInputStream(entry).readAllBytes();
                if (entry.getName().startsWith("evidence/")) {
                    bytes[0] ^= 1;
                }
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        CliRunner.Result refused = new CliRunner(temp.resolve("from-damaged")).run("workspace", "restore",
                damaged.toString());
        assertThat(refused.code()).isEqualTo(Cli.INVALID);
        assertThat(refused.err()).contains("is damaged: the evidence file");
        assertThat(temp.resolve("from-damaged")).doesNotExist();

        // a path that would leave the folder is no backup's
        Path hostile = temp.resolve("hostile.trustcase");
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(hostile))) {
            out.putNextEntry(new java.util.zip.ZipEntry("../../escaped.txt"));
            out.write("x".getBytes());
            out.closeEntry();
        }
        CliRunner.Result slipped = new CliRunner(temp.resolve("from-hostile")).run("workspace", "restore",
                hostile.toString());
        assertThat(slipped.code()).isEqualTo(Cli.INVALID);
        assertThat(slipped.err()).contains("'../../escaped.txt', whose path leaves the folder");
        assertThat(temp.resolve("escaped.txt")).doesNotExist();
        assertThat(temp.resolve("from-hostile")).doesNotExist();

        // nor is a ZIP bomb: 200 MiB of zeros in a few hundred kilobytes
        Path bomb = temp.resolve("bomb.trustcase");
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(bomb))) {
            out.setLevel(java.util.zip.Deflater.BEST_COMPRESSION);
            out.putNextEntry(new java.util.zip.ZipEntry("trustcase.db"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 200; i++) {
                out.write(zeros);
            }
            out.closeEntry();
        }
        CliRunner.Result exploded = new CliRunner(temp.resolve("from-bomb")).run("workspace", "restore",
                bomb.toString());
        assertThat(exploded.code()).isEqualTo(Cli.INVALID);
        assertThat(exploded.err()).contains("refused as a ZIP bomb");
        assertThat(temp.resolve("from-bomb")).doesNotExist();
    }

    @Test
    void anExistingOutputFileIsRefusedAndLeftAsItWas() throws Exception {
        CliRunner cli = new CliRunner(temp.resolve("ws"));
        assertThat(cli.run("workspace", "init").code()).isZero();
        Path existing = Files.writeString(temp.resolve("existing.trustcase"), "keep me");

        CliRunner.Result refused = cli.run("workspace", "backup", "--out", existing.toString());

        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).isEqualTo("trustcase: the file " + existing + " already exists; a backup never"
                + " overwrites a file, choose a new name" + System.lineSeparator());
        assertThat(existing).hasContent("keep me");
        assertThat(filesIn(temp)).containsExactlyInAnyOrder("ws", "existing.trustcase");
    }

    @Test
    void aRestoreIntoAFolderThatIsNotEmptyIsRefused() throws Exception {
        CliRunner source = new CliRunner(temp.resolve("ws"));
        assertThat(source.run("workspace", "init").code()).isZero();
        Path backup = temp.resolve("ws.trustcase");
        assertThat(source.run("workspace", "backup", "--out", backup.toString()).code()).isZero();
        Path full = Files.createDirectory(temp.resolve("full"));
        Files.writeString(full.resolve("notes.txt"), "mine");

        CliRunner.Result refused = new CliRunner(full).run("workspace", "restore", backup.toString());

        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).isEqualTo("trustcase: cannot restore into " + full + ": the folder is not empty"
                + " (a restore goes into a new or empty folder)" + System.lineSeparator());
        assertThat(filesIn(full)).containsExactly("notes.txt");
    }

    @Test
    void aFileThatIsNotABackupIsRefusedAndNothingIsCreated() throws Exception {
        Path notes = Files.writeString(temp.resolve("notes.txt"), "just notes");

        CliRunner.Result refused = new CliRunner(temp.resolve("target")).run("workspace", "restore", notes.toString());

        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).isEqualTo("trustcase: " + notes + " is not a Trustcase backup (neither an SQLite"
                + " database nor a backup archive with evidence)" + System.lineSeparator());
        assertThat(temp.resolve("target")).doesNotExist();
    }

    private static String integrityCheck(Path database) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("PRAGMA integrity_check")) {
            result.next();
            return result.getString(1);
        }
    }

    private static List<String> filesIn(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
