package org.trustcase.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's entry points take arguments, files and stored text at face value and nothing more. */
class HardenedInputCommandsTest {
    @TempDir
    Path temp;
    CliRunner cli;
    String ref;

    @BeforeEach
    void openACase() {
        cli = new CliRunner(temp.resolve("ws"));
        assertThat(cli.run("workspace", "init").code()).isZero();
        ref = cli.run("case", "new", "--title", "Lost USB stick", "--aware", "2026-03-30T10:00:00Z").out().strip();
    }

    /** Every case and every audit event as JSON: what a refusal must leave as it was. */
    private String stored() {
        return cli.run("case", "list", "--format", "json").out() + cli.run("audit", "list", "--format", "json").out();
    }

    private CliRunner.Result refusedUnchanged(String... args) {
        String before = stored();
        CliRunner.Result result = cli.run(args);
        assertThat(result.code()).as(result.err()).isEqualTo(Cli.INVALID);
        assertThat(result.err().strip()).doesNotContain("\n").doesNotContain("Exception");
        assertThat(stored()).isEqualTo(before);
        return result;
    }

    private Path file(String name, String content) throws Exception {
        Path file = temp.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    @Test
    void anArgumentStartingWithAtIsTakenAsItIsNotAsOptionsFromAFile() throws Exception {
        Path notes = file("notes", "--owner\nMallory\n--reporter\nMallory\n");
        CliRunner.Result opened = cli.run("case", "new", "--title", "@" + notes, "--aware", "2026-03-30T10:00:00Z");
        assertThat(opened.code()).as(opened.err()).isZero();

        String shown = cli.run("case", "show", opened.out().strip(), "--format", "json").out();
        assertThat(shown).contains("\"title\" : \"@" + notes + "\"").doesNotContain("Mallory");
    }

    @Test
    void jsonWithADuplicateKeyIsRefused() throws Exception {
        Path json = file("dup.json", "{\"title\": \"Harmless\", \"title\": \"Rewritten\"}");
        CliRunner.Result result = refusedUnchanged("case", "update", ref, "--from", json.toString());
        assertThat(result.err()).contains("not valid JSON").contains("title");
    }

    @Test
    void jsonWithTrailingContentOrASecondDocumentIsRefused() throws Exception {
        Path trailing = file("trailing.json", "{\"title\": \"Harmless\"} and more");
        assertThat(refusedUnchanged("case", "update", ref, "--from", trailing.toString()).err()).contains("not valid JSON");

        Path twoDocuments = file("two.json", "{\"title\": \"Harmless\"}\n{\"title\": \"Rewritten\"}");
        assertThat(refusedUnchanged("case", "update", ref, "--from", twoDocuments.toString()).err())
                .contains("not valid JSON");
    }

    @Test
    void singleLineFieldsRefuseControlCharactersLineBreaksAndBidiOverridesNamingTheField() throws Exception {
        assertThat(refusedUnchanged("case", "new", "--title", "Lost\nTC-2026-9999 CLOSED", "--aware",
                "2026-03-30T10:00:00Z").err()).contains("title: holds the character U+000A");
        assertThat(refusedUnchanged("case", "new", "--title", "T", "--owner", "evil\u202Egpj.exe", "--aware",
                "2026-03-30T10:00:00Z").err()).contains("owner: holds the character U+202E");
        assertThat(refusedUnchanged("case", "new", "--title", "T", "--reporter", "x\u001b[2J", "--aware",
                "2026-03-30T10:00:00Z").err()).contains("reporter: holds the character U+001B");

        Path party = file("party.json", "{\"parties\": [{\"role\": \"processor\", \"name\": \"Acme\\tIT\"}]}");
        assertThat(refusedUnchanged("case", "update", ref, "--from", party.toString()).err())
                .contains("parties[0].name: holds the character U+0009");
    }

    @Test
    void multiLineFieldsKeepTheirLineBreaks() throws Exception {
        Path summary = file("summary.json", "{\"summary\": \"First line.\\nSecond line.\\n\\tIndented.\"}");
        CliRunner.Result result = cli.run("case", "update", ref, "--from", summary.toString());
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(cli.run("case", "show", ref, "--format", "json").out())
                .contains("\"summary\" : \"First line.\\nSecond line.\\n\\tIndented.\"");

        Path escape = file("escape.json", "{\"summary\": \"First line.\\u001b[2J\"}");
        assertThat(refusedUnchanged("case", "update", ref, "--from", escape.toString()).err())
                .contains("summary: holds the character U+001B");
    }

    @Test
    void textOutputEscapesControlCharactersOfStoredText() throws Exception {
        // a reason may hold line breaks; a title written by an older version or by hand may hold anything
        assertThat(cli.run("case", "move", ref, "TRIAGE", "--reason", "checked\nTC-2026-9999 CLOSED\u001b[2J").code())
                .isZero();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + temp.resolve("ws/trustcase.db"));
                PreparedStatement update = db.prepareStatement("UPDATE breach_case SET title = ?")) {
            update.setString(1, "Lost\nTC-2026-0002 CLOSED    forged\u001b[2J\u202E");
            update.executeUpdate();
        }

        String table = cli.run("case", "list").out();
        assertThat(table.lines()).hasSize(2);
        assertThat(table).contains("Lost\\nTC-2026-0002 CLOSED    forged\\u001b[2J\\u202e").doesNotContain("\u001b");

        String shown = cli.run("case", "show", ref).out();
        assertThat(shown).contains("checked\\nTC-2026-9999 CLOSED\\u001b[2J").doesNotContain("\u001b").doesNotContain("\u202E");

        String audit = cli.run("audit", "list", ref).out();
        assertThat(audit.lines()).hasSize(2);
        assertThat(audit).contains("checked\\nTC-2026-9999 CLOSED\\u001b[2J").doesNotContain("\u001b");
    }

    @Test
    void instantsOutsideThePlausibleRangeAreRefusedNamingTheField() throws Exception {
        assertThat(refusedUnchanged("case", "new", "--title", "T", "--aware", "1899-12-31T10:00:00Z").err())
                .contains("--aware").contains("too early");
        assertThat(refusedUnchanged("case", "new", "--title", "T", "--aware", "+20000-01-01T00:00:00Z").err())
                .contains("--aware");
        assertThat(refusedUnchanged("case", "new", "--title", "T", "--aware", "2026-03-30T10:00:00Z",
                "--detected", "0001-01-01T00:00:00Z").err()).contains("--detected").contains("too early");
        assertThat(refusedUnchanged("case", "event", ref, "detected", "1980-01-01T00:00:00Z").err())
                .contains("too early");
        assertThat(refusedUnchanged("deadlines", "meet", ref, "GDPR-SA", "--at", "+99999-01-01T00:00:00Z").err())
                .contains("--at");

        Path json = file("early.json", "{\"occurredFrom\": \"1969-07-20T20:17:00Z\"}");
        assertThat(refusedUnchanged("case", "update", ref, "--from", json.toString()).err())
                .contains("occurredFrom").contains("too early");
    }
}
