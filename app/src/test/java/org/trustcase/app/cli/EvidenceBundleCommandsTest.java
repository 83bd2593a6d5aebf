package org.trustcase.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustcase.app.cli.json.Json;

/**
 * Evidence bundles between two workspaces on the command line: the round trip keeps hashes, custody and notes, and a
 * hostile bundle is refused with a message that names what is wrong, leaving nothing in the workspace it was offered
 * to (no item, no file in the vault, nothing outside it).
 */
class EvidenceBundleCommandsTest {
    @TempDir
    Path temp;
    CliRunner here;
    CliRunner there;
    String ref;
    String thereRef;

    @BeforeEach
    void twoWorkspaces() {
        here = new CliRunner(temp.resolve("here"));
        there = new CliRunner(temp.resolve("there"));
        assertThat(here.run("workspace", "init").code()).isZero();
        assertThat(there.run("workspace", "init").code()).isZero();
        ref = here.run("case", "new", "--title", "Stolen laptop", "--aware", "2026-03-30T10:00:00Z").out().strip();
        there.run("case", "new", "--title", "Earlier case", "--aware", "2026-03-01T10:00:00Z");
        thereRef = there.run("case", "new", "--title", "Stolen laptop (group review)", "--aware",
                "2026-03-30T10:00:00Z").out().strip();
    }

    private JsonNode json(CliRunner cli, String... args) throws IOException {
        CliRunner.Result result = cli.run(args);
        assertThat(result.code()).as(result.err()).isZero();
        return Json.mapper().readTree(result.out());
    }

    private JsonNode add(String name, String content) throws IOException {
        Path file = temp.resolve(name);
        Files.writeString(file, content);
        return json(here, "evidence", "add", ref, file.toString(), "--source", "Help desk", "--format", "json");
    }

    private Path exported() throws IOException {
        Path bundle = temp.resolve("bundle.zip");
        CliRunner.Result result = here.run("evidence", "export", ref, "--out", bundle.toString(), "--to",
                "Group DPO", "--reason", "Group review");
        assertThat(result.code()).as(result.err()).isZero();
        return bundle;
    }

    @Test
    void aRoundTripKeepsHashesCustodyAndNotes() throws Exception {
        JsonNode log = add("access.log", "10.0.0.7 GET /customers.csv 200\n");
        JsonNode mail = add("mail.eml", "From: a@example.com\nSubject: list\n\nThe list.\n");
        assertThat(here.run("annotate", log.get("id").asText(), "--text", "The whole table left", "--page", "1",
                "--rect", "10,20,30,40", "--privileged", "--tag", "exfiltration").code()).isZero();
        assertThat(here.run("evidence", "dispose", mail.get("id").asText(), "--reason", "Not relevant").code())
                .isZero();
        JsonNode custodyBefore = json(here, "evidence", "custody", log.get("id").asText(), "--format", "json");

        Path bundle = exported();
        try (ZipFile zip = new ZipFile(bundle.toFile())) {
            assertThat(zip.stream().map(ZipEntry::getName)).containsExactlyInAnyOrder("manifest.json",
                    "items/" + log.get("sha256").asText());
        }
        CliRunner.Result imported = there.run("evidence", "import-bundle", bundle.toString(), "--case", thereRef,
                "--format", "json");
        assertThat(imported.code()).as(imported.err()).isZero();

        JsonNode items = json(there, "evidence", "list", thereRef, "--format", "json");
        assertThat(items.findValuesAsText("sha256")).containsExactly(log.get("sha256").asText(),
                mail.get("sha256").asText());
        assertThat(items.findValuesAsText("state")).containsExactly("intact", "disposed");
        String copy = items.get(0).get("id").asText();
        JsonNode custody = json(there, "evidence", "custody", copy, "--format", "json");
        assertThat(custody).hasSize(custodyBefore.size() + 1);
        for (int i = 0; i < custodyBefore.size(); i++) {
            for (String field : List.of("action", "actor", "at", "purpose", "detail")) {
                assertThat(custody.get(i).get(field)).as(field + " of event " + i)
                        .isEqualTo(custodyBefore.get(i).get(field));
            }
        }
        assertThat(custody.get(custodyBefore.size()).get("action").asText()).isEqualTo("transferred");
        JsonNode notes = json(there, "evidence", "annotations", copy, "--format", "json");
        JsonNode original = json(here, "evidence", "annotations", log.get("id").asText(), "--format", "json");
        for (String field : List.of("author", "at", "text", "privileged", "anchor", "tags")) {
            assertThat(notes.get(0).get(field)).as(field).isEqualTo(original.get(0).get(field));
        }
        assertThat(there.run("evidence", "verify", thereRef).code()).isZero();
        JsonNode exportedCustody = json(here, "evidence", "custody", log.get("id").asText(), "--format", "json");
        JsonNode last = exportedCustody.get(exportedCustody.size() - 1);
        assertThat(last.get("action").asText()).isEqualTo("exported");
        assertThat(last.get("recipient").asText()).isEqualTo("Group DPO");
        assertThat(here.run("audit", "list", ref).out()).contains("\tevidence-exported\t");
        assertThat(there.run("audit", "list", thereRef).out()).contains("\tevidence-bundle-imported\t");
    }

    @Test
    void aChangedFileBlocksTheExportAndLeavesNoBundle() throws Exception {
        JsonNode log = add("access.log", "10.0.0.7 GET /customers.csv 200\n");
        String sha = log.get("sha256").asText();
        Path stored = temp.resolve("here/evidence/sha256").resolve(sha.substring(0, 2)).resolve(sha);
        stored.toFile().setWritable(true);
        Files.writeString(stored, "forged\n");

        Path bundle = temp.resolve("bundle.zip");
        CliRunner.Result refused = here.run("evidence", "export", ref, "--out", bundle.toString());

        assertThat(refused.code()).isEqualTo(Cli.INVALID);
        assertThat(refused.err()).contains("evidence item " + log.get("id").asText() + " does not match its SHA-256");
        assertThat(bundle).doesNotExist();
        assertThat(temp.resolve("bundle.zip.partial")).doesNotExist();
        assertThat(json(here, "evidence", "list", ref, "--format", "json").findValuesAsText("state"))
                .containsExactly("altered");
    }

    @Test
    void aBundleWithAPathLeavingTheFolderIsRefused() throws Exception {
        Path hostile = temp.resolve("slip.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(hostile))) {
            zip.putNextEntry(new ZipEntry("../../evil.txt"));
            zip.write("owned".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        }
        assertRefusedLeavingNothing(hostile, "holds the entry '../../evil.txt', whose path leaves the folder");
        assertThat(temp.resolve("evil.txt")).doesNotExist();
    }

    @Test
    void aBundleHoldingALinkIsRefused() throws Exception {
        Path bundle = bundleOfOneFile();
        Path hostile = temp.resolve("link.zip");
        try (ZipFile source = new ZipFile(bundle.toFile());
                ZipArchiveOutputStream zip = new ZipArchiveOutputStream(hostile)) {
            for (ZipEntry entry : source.stream().toList()) {
                ZipArchiveEntry copy = new ZipArchiveEntry(entry.getName());
                if (entry.getName().startsWith("items/")) {
                    copy.setUnixMode(0120777);
                    zip.putArchiveEntry(copy);
                    zip.write("/etc/passwd".getBytes(StandardCharsets.US_ASCII));
                } else {
                    zip.putArchiveEntry(copy);
                    source.getInputStream(entry).transferTo(zip);
                }
                zip.closeArchiveEntry();
            }
        }
        assertRefusedLeavingNothing(hostile, "which is a link");
    }

    @Test
    void aZipBombIsRefusedBeforeItIsExpanded() throws Exception {
        Path hostile = temp.resolve("bomb.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(hostile))) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("items/" + "0".repeat(64)));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(Files.size(hostile)).as("a small file").isLessThan(1 << 20);
        assertRefusedLeavingNothing(hostile, "refused as a ZIP bomb");
    }

    @Test
    void anEntryThatExpandsBeyondWhatItDeclaresIsCutOffAndRefused() throws Exception {
        String content = "x".repeat(10_000);
        Path file = temp.resolve("big.txt");
        Files.writeString(file, content);
        String sha = json(here, "evidence", "add", ref, file.toString(), "--format", "json").get("sha256").asText();
        Path bundle = exported();
        Path hostile = temp.resolve("lying.zip");
        // the manifest and the directory both say 100 bytes; the entry holds 10,000
        Files.write(hostile, lieAboutSize(Files.readAllBytes(bundle), "items/" + sha, 100,
                manifestWithSize(bundle, 100)));
        assertRefusedLeavingNothing(hostile, "expands beyond the 100 bytes it declares");
    }

    @Test
    void aBundleWhoseFileWasChangedIsRefusedAndLeavesNothing() throws Exception {
        add("first.log", "first\n");
        JsonNode second = add("second.log", "second\n");
        Path bundle = exported();
        Path hostile = temp.resolve("changed.zip");
        try (ZipFile source = new ZipFile(bundle.toFile());
                ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(hostile))) {
            for (ZipEntry entry : source.stream().toList()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("items/" + second.get("sha256").asText())) {
                    zip.write("forged\n".getBytes(StandardCharsets.US_ASCII));
                } else {
                    source.getInputStream(entry).transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        assertRefusedLeavingNothing(hostile, "does not have the SHA-256 the manifest gives");
    }

    @Test
    void aManifestWithAWrongFieldIsRefusedNamingTheField() throws Exception {
        add("first.log", "first\n");
        Path bundle = exported();
        ObjectNode manifest = manifest(bundle);
        ((ObjectNode) manifest.get("items").get(0)).put("collectedAt", "yesterday");
        Path hostile = temp.resolve("field.zip");
        rewrite(bundle, hostile, manifest);
        assertRefusedLeavingNothing(hostile, "is wrong at items[0].collectedAt");
    }

    private Path bundleOfOneFile() throws IOException {
        add("first.log", "first\n");
        return exported();
    }

    private void assertRefusedLeavingNothing(Path hostile, String message) throws IOException {
        CliRunner.Result refused = there.run("evidence", "import-bundle", hostile.toString(), "--case", thereRef);
        assertThat(refused.code()).as(refused.out() + refused.err()).isEqualTo(Cli.INVALID);
        assertThat(refused.err()).contains(message).contains(hostile.getFileName().toString());
        assertThat(json(there, "evidence", "list", thereRef, "--format", "json")).isEmpty();
        Path vault = temp.resolve("there/evidence");
        List<Path> files = new ArrayList<>();
        if (Files.exists(vault)) {
            try (Stream<Path> walk = Files.walk(vault)) {
                walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".lock"))
                        .forEach(files::add);
            }
        }
        assertThat(files).as("nothing left in the vault").isEmpty();
    }

    private static ObjectNode manifest(Path bundle) throws IOException {
        try (ZipFile zip = new ZipFile(bundle.toFile())) {
            return (ObjectNode) Json.mapper().readTree(zip.getInputStream(zip.getEntry("manifest.json")));
        }
    }

    private static byte[] manifestWithSize(Path bundle, long size) throws IOException {
        ObjectNode manifest = manifest(bundle);
        for (JsonNode item : (ArrayNode) manifest.get("items")) {
            ((ObjectNode) item).put("size", size);
        }
        return Json.mapper().writeValueAsBytes(manifest);
    }

    private static void rewrite(Path bundle, Path into, ObjectNode manifest) throws IOException {
        try (ZipFile source = new ZipFile(bundle.toFile());
                ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(into))) {
            for (ZipEntry entry : source.stream().toList()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("manifest.json")) {
                    zip.write(Json.mapper().writeValueAsBytes(manifest));
                } else {
                    source.getInputStream(entry).transferTo(zip);
                }
                zip.closeEntry();
            }
        }
    }

    /**
     * A bundle whose entry is stored (not compressed) with a directory record that gives {@code declared} bytes
     * while the data holds all of them: what a crafted ZIP does to get past a size check.
     */
    private static byte[] lieAboutSize(byte[] bundle, String entryName, long declared, byte[] manifest)
            throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] content;
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(
                new java.io.ByteArrayInputStream(bundle))) {
            content = null;
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(entryName)) {
                    content = in.readAllBytes();
                }
            }
        }
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry entry = new ZipEntry(entryName);
            entry.setMethod(ZipEntry.DEFLATED);
            zip.putNextEntry(entry);
            zip.write(content);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("manifest.json"));
            zip.write(manifest);
            zip.closeEntry();
        }
        byte[] bytes = out.toByteArray();
        // patch the uncompressed size in the entry's central directory record (offset 24 of "PK\1\2")
        for (int i = bytes.length - 4; i >= 0; i--) {
            if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 1 && bytes[i + 3] == 2) {
                int nameLength = (bytes[i + 28] & 0xff) | (bytes[i + 29] & 0xff) << 8;
                String name = new String(bytes, i + 46, nameLength, StandardCharsets.UTF_8);
                if (name.equals(entryName)) {
                    for (int b = 0; b < 4; b++) {
                        bytes[i + 24 + b] = (byte) (declared >>> (8 * b));
                    }
                }
            }
        }
        return bytes;
    }
}
