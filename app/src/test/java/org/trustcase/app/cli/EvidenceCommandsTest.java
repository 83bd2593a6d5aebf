package org.trustcase.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustcase.app.cli.json.Json;

/** Evidence through the command line: the vault keeps each file under its SHA-256 and tells when one changed. */
class EvidenceCommandsTest {
    @TempDir
    Path temp;
    CliRunner cli;
    String ref;

    @BeforeEach
    void aCase() {
        cli = new CliRunner(temp.resolve("ws"));
        assertThat(cli.run("workspace", "init").code()).isZero();
        ref = cli.run("case", "new", "--title", "Stolen laptop", "--aware", "2026-03-30T10:00:00Z").out().strip();
    }

    private JsonNode add(Path file, String... more) throws Exception {
        String[] args = new String[5 + more.length];
        args[0] = "evidence";
        args[1] = "add";
        args[2] = ref;
        args[3] = file.toString();
        System.arraycopy(more, 0, args, 4, more.length);
        args[args.length - 1] = "--format=json";
        CliRunner.Result added = cli.run(args);
        assertThat(added.code()).as(added.err()).isZero();
        return Json.mapper().readTree(added.out());
    }

    private static String sha256sum(Path file) throws Exception {
        try {
            Process process = new ProcessBuilder("sha256sum", file.toString()).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
            if (process.waitFor() == 0) {
                return out.split(" ")[0];
            }
        } catch (java.io.IOException noTool) {
            // no sha256sum here: the JDK's digest stands in
        }
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    void addReportsTheSameSha256AsSha256sumAndTellsTheTypeFromTheContent() throws Exception {
        Path pdf = temp.resolve("report.pdf");
        Files.write(pdf, "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        JsonNode item = add(pdf, "--source", "Mailbox of the help desk", "--reason", "Shows what was sent");

        assertThat(item.get("sha256").asText()).isEqualTo(sha256sum(pdf));
        assertThat(item.get("size").asLong()).isEqualTo(Files.size(pdf));
        assertThat(item.get("mediaType").asText()).isEqualTo("application/pdf");
        assertThat(item.get("nameMismatch").asBoolean()).isFalse();
        assertThat(item.get("id").asLong()).isPositive();
        Path stored = temp.resolve("ws/evidence/sha256").resolve(item.get("sha256").asText().substring(0, 2))
                .resolve(item.get("sha256").asText());
        assertThat(stored).hasSameBinaryContentAs(pdf);
        if (Files.getFileStore(stored).supportsFileAttributeView("posix")) {
            assertThat(Files.getPosixFilePermissions(stored)).as("read-only in the vault")
                    .doesNotContain(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        }

        Path renamed = temp.resolve("minutes.pdf");
        Files.writeString(renamed, "Minutes of the crisis meeting\n");
        JsonNode text = add(renamed);
        assertThat(text.get("mediaType").asText()).isEqualTo("text/plain");
        assertThat(text.get("nameMismatch").asBoolean()).as("a .pdf that is text").isTrue();
    }

    @Test
    void theSameFileAddedTwiceIsOneItemAndItsCustodySaysSo() throws Exception {
        Path log = temp.resolve("access.log");
        Files.writeString(log, "10.0.0.7 GET /customers.csv 200\n");
        JsonNode first = add(log, "--reason", "Shows the download");
        JsonNode again = add(log);
        assertThat(again.get("id").asLong()).isEqualTo(first.get("id").asLong());
        assertThat(again.get("already").asBoolean()).isTrue();

        JsonNode custody = Json.mapper().readTree(cli.run("evidence", "custody", first.get("id").asText(),
                "--format", "json").out());
        assertThat(custody.findValuesAsText("action")).containsExactly("imported", "added-again");
        assertThat(custody.get(0).get("actor").asText()).isEqualTo(CliRunner.DPO);
        assertThat(custody.get(0).get("purpose").asText()).isEqualTo("Shows the download");
        assertThat(Json.mapper().readTree(cli.run("evidence", "list", ref, "--format", "json").out())).hasSize(1);
        assertThat(cli.run("audit", "list", ref).out()).contains("\tevidence-added\t");
    }

    @Test
    void aFlippedByteOrAMissingFileMakesVerifyExitThreeNamingTheItem() throws Exception {
        Path log = temp.resolve("access.log");
        Files.writeString(log, "10.0.0.7 GET /customers.csv 200\n");
        JsonNode item = add(log);
        Path other = temp.resolve("mail.eml");
        Files.writeString(other, "From: a@example.com\nSubject: list\n\nThe list.\n");
        JsonNode second = add(other);
        assertThat(cli.run("evidence", "verify").out()).isEqualTo("OK 2 evidence items match their SHA-256\n");

        String sha = item.get("sha256").asText();
        Path stored = temp.resolve("ws/evidence/sha256").resolve(sha.substring(0, 2)).resolve(sha);
        stored.toFile().setWritable(true);
        byte[] bytes = Files.readAllBytes(stored);
        bytes[0] ^= 1;
        Files.write(stored, bytes);
        String otherSha = second.get("sha256").asText();
        Path gone = temp.resolve("ws/evidence/sha256").resolve(otherSha.substring(0, 2)).resolve(otherSha);
        gone.toFile().setWritable(true);
        Files.delete(gone);

        CliRunner.Result verified = cli.run("evidence", "verify", ref);
        assertThat(verified.code()).isEqualTo(Cli.VERIFICATION_FAILED);
        String actual = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        assertThat(verified.out()).contains("FAILED item " + item.get("id").asText() + " of " + ref + ": expected "
                + sha + ", found " + actual).contains("FAILED item " + second.get("id").asText() + " of " + ref
                + ": expected " + otherSha + ", missing").contains("2 of 2 evidence items do not match");
        JsonNode listed = Json.mapper().readTree(cli.run("evidence", "list", ref, "--format", "json").out());
        assertThat(listed.findValuesAsText("state")).containsExactly("altered", "missing");
        assertThat(cli.run("audit", "list", ref).out()).contains("\tevidence-altered\t");
    }

    @Test
    void onlyADpoAddsAndAReviewerSeesOnlyTheirCasesEvidence() throws Exception {
        cli.withAccount("mark.manager", "manager").withAccount("rita.reviewer", "reviewer");
        Path log = temp.resolve("access.log");
        Files.writeString(log, "10.0.0.7 GET /customers.csv 200\n");
        CliRunner.Result refused = cli.as("mark.manager").run("evidence", "add", ref, log.toString());
        assertThat(refused.code()).isEqualTo(Cli.INVALID);
        assertThat(refused.err()).startsWith("trustcase: not allowed: evidence-add");
        assertThat(cli.run("evidence", "list", ref).out()).isEmpty();

        JsonNode item = add(log);
        assertThat(cli.as("rita.reviewer").run("evidence", "list", ref).code()).isEqualTo(Cli.INVALID);
        assertThat(cli.as("rita.reviewer").run("evidence", "custody", item.get("id").asText()).err())
                .contains("there is no evidence item " + item.get("id").asText());
        assertThat(cli.run("case", "assign", ref, "rita.reviewer").code()).isZero();
        assertThat(cli.as("rita.reviewer").run("evidence", "list", ref).out()).contains(item.get("sha256").asText());
        assertThat(cli.as("mark.manager").run("evidence", "verify").code()).isZero();
    }

    @Test
    void aSettledCaseTakesNoEvidence() throws Exception {
        assertThat(cli.run("case", "move", ref, "NOT_A_BREACH", "--reason", "Test data only").code()).isZero();
        Path log = temp.resolve("access.log");
        Files.writeString(log, "nothing\n");
        CliRunner.Result refused = cli.run("evidence", "add", ref, log.toString());
        assertThat(refused.code()).isEqualTo(Cli.INVALID);
        assertThat(temp.resolve("ws/evidence/sha256")).doesNotExist();
    }

    @Test
    void aReviewerAnnotatesTheEvidenceOfTheirCasesOnARegionOrAQuoteAndTheNotesComeBack() throws Exception {
        cli.withAccount("rita.reviewer", "reviewer").withAccount("mark.manager", "manager");
        Path pdf = temp.resolve("report.pdf");
        Files.write(pdf, "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        String id = add(pdf).get("id").asText();

        CliRunner.Result unassigned = cli.as("rita.reviewer").run("annotate", id, "--text", "Too early");
        assertThat(unassigned.code()).isEqualTo(Cli.INVALID);
        assertThat(unassigned.err()).contains("there is no evidence item " + id);
        assertThat(cli.as("mark.manager").run("annotate", id, "--text", "No").err())
                .startsWith("trustcase: not allowed: evidence-annotate");
        assertThat(cli.run("case", "assign", ref, "rita.reviewer").code()).isZero();

        CliRunner.Result region = cli.as("rita.reviewer").run("annotate", id, "--text", "The customer table leaves here",
                "--page", "3", "--rect", "72,144.5,200,40", "--privileged", "--tag", "exfiltration", "--tag", "key",
                "--format", "json");
        assertThat(region.code()).as(region.err()).isZero();
        JsonNode note = Json.mapper().readTree(region.out());
        assertThat(note.get("author").asText()).isEqualTo("rita.reviewer");
        assertThat(note.get("anchor").toString())
                .isEqualTo("{\"kind\":\"region\",\"page\":3,\"x\":72.0,\"y\":144.5,\"width\":200.0,\"height\":40.0}");
        assertThat(cli.run("annotate", id, "--text", "Sent at 02:14", "--quote", "Date: Mon, 30 Mar 2026 02:14").code())
                .isZero();
        assertThat(cli.run("annotate", id, "--text", "x", "--page", "0", "--rect", "1,1,1,1").err())
                .contains("page: pages are counted from 1");
        assertThat(cli.run("annotate", id, "--text", "x", "--rect", "1,1,1").err()).contains("--rect");

        JsonNode notes = Json.mapper().readTree(cli.as("rita.reviewer").run("evidence", "annotations", id, "--format",
                "json").out());
        assertThat(notes).hasSize(2);
        assertThat(notes.get(0).get("privileged").asBoolean()).isTrue();
        assertThat(notes.get(0).get("tags").toString()).isEqualTo("[\"exfiltration\",\"key\"]");
        assertThat(notes.get(1).get("anchor").get("quote").asText()).isEqualTo("Date: Mon, 30 Mar 2026 02:14");
        assertThat(cli.run("audit", "list", ref).out()).contains("\trita.reviewer\t" + ref + "\tevidence-annotated\t");
    }
}
