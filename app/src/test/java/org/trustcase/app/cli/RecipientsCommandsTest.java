package org.trustcase.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustcase.app.cli.json.Json;

/**
 * The recipient register on the command line: every rule of the CSV import, with the line and column of each refused
 * row, all or nothing unless the valid rows are asked for, and statuses set from a file.
 */
class RecipientsCommandsTest {
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

    private Path csv(String name, String content) throws Exception {
        return Files.writeString(temp.resolve(name), content, StandardCharsets.UTF_8);
    }

    private JsonNode importJson(Path file, String... more) throws Exception {
        String[] args = new String[5 + more.length];
        args[0] = "recipients";
        args[1] = "import";
        args[2] = ref;
        args[3] = file.toString();
        System.arraycopy(more, 0, args, 4, more.length);
        args[args.length - 1] = "--format=json";
        CliRunner.Result result = cli.run(args);
        JsonNode json = Json.mapper().readTree(result.out());
        ((com.fasterxml.jackson.databind.node.ObjectNode) json).put("exit", result.code());
        return json;
    }

    private JsonNode listed() throws Exception {
        CliRunner.Result result = cli.run("recipients", "list", ref, "--format", "json");
        assertThat(result.code()).as(result.err()).isZero();
        return Json.mapper().readTree(result.out());
    }

    @Test
    void eachRefusedRowIsReportedByLineAndColumnAndNothingIsImportedUnlessValidOnly() throws Exception {
        Path file = csv("customers.csv", String.join("\r\n",
                "name,email,address,language,customer_no",
                "Anna Nowak,anna@example.pl,,pl,C-1",
                ",nameless@example.pl,,,C-2",
                "Jan Kowalski,jan(at)example.pl,,,C-3",
                "Ewa Lis,,,,C-4",
                "Adam Wolny,adam@example.pl,,de,C-5",
                "\"Zielinski, Piotr\",,\"ul. Polna 1",
                "00-001 Warszawa\",en,\"C-6 \"\"gold\"\"\"",
                "Marta,marta@example.pl,,en,C-7,surplus",
                "Anna N.,ANNA@EXAMPLE.PL,,,C-8",
                ""));

        JsonNode refused = importJson(file);

        assertThat(refused.get("exit").asInt()).isEqualTo(Cli.INVALID);
        assertThat(refused.get("imported").asInt()).isZero();
        assertThat(refused.get("rejected").findValuesAsText("line")).containsExactly("3", "4", "5", "6", "9");
        assertThat(refused.get("rejected").get(0).get("column").asText()).isEqualTo("name");
        assertThat(refused.get("rejected").get(1).get("reason").asText())
                .isEqualTo("'jan(at)example.pl' is not an e-mail address");
        assertThat(refused.get("rejected").get(2).get("column").isNull()).isTrue();
        assertThat(refused.get("rejected").get(3).get("reason").asText()).startsWith("'de' is not a language");
        assertThat(refused.get("rejected").get(4).get("reason").asText())
                .isEqualTo("1 more cells than the header has columns");
        assertThat(listed()).isEmpty();

        JsonNode valid = importJson(file, "--valid-only");

        assertThat(valid.get("exit").asInt()).isZero();
        assertThat(valid.get("imported").asInt()).isEqualTo(2);
        assertThat(valid.get("duplicates").asInt()).as("ANNA@EXAMPLE.PL is anna@example.pl").isEqualTo(1);
        JsonNode recipients = listed();
        assertThat(recipients.findValuesAsText("name")).containsExactly("Anna Nowak", "Zielinski, Piotr");
        JsonNode piotr = recipients.get(1);
        assertThat(piotr.get("line").asInt()).as("the line the quoted row starts on").isEqualTo(7);
        assertThat(piotr.get("address").asText()).isEqualTo("ul. Polna 1\n00-001 Warszawa");
        assertThat(piotr.get("fields").get("customer_no").asText()).isEqualTo("C-6 \"gold\"");
        assertThat(piotr.get("status").asText()).isEqualTo("pending");
        assertThat(cli.run("audit", "list", ref).out()).contains("\trecipients-imported\t");
    }

    @Test
    void aFileWithoutTheColumnsItNeedsIsRefusedAtItsHeader() throws Exception {
        JsonNode refused = importJson(csv("phones.csv", "Full name,phone\nAnna,123\n"), "--valid-only");

        assertThat(refused.get("exit").asInt()).isEqualTo(Cli.INVALID);
        assertThat(refused.get("rejected").findValuesAsText("line")).containsOnly("1");
        assertThat(refused.get("rejected").findValuesAsText("reason")).containsExactly(
                "the file has no column 'name'", "the file has neither a column 'email' nor a column 'address'");
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedNamingItsFirstBadLine() throws Exception {
        Path latin = temp.resolve("latin.csv");
        Files.write(latin, "name,email\nAnna,anna@example.pl\nŁukasz Żółć,lukasz@example.pl\n".getBytes(
                Charset.forName("windows-1250")));

        CliRunner.Result refused = cli.run("recipients", "import", ref, latin.toString(), "--format", "json");

        assertThat(refused.code()).isEqualTo(Cli.INVALID);
        assertThat(refused.err()).contains("latin.csv is not UTF-8 text (line 3): save it as CSV UTF-8");
        assertThat(listed()).isEmpty();
        Path bom = Files.write(temp.resolve("bom.csv"), ("\uFEFFname,email\nŁukasz Żółć,lukasz@example.pl\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(importJson(bom).get("imported").asInt()).as("a byte-order mark is no column").isEqualTo(1);
        assertThat(listed().get(0).get("name").asText()).isEqualTo("Łukasz Żółć");
    }

    @Test
    void anUnclosedQuoteIsRefusedWithItsLine() throws Exception {
        CliRunner.Result refused = cli.run("recipients", "import", ref, csv("open.csv",
                "name,email\nAnna,anna@example.pl\n\"Jan,jan@example.pl\n").toString(), "--valid-only");

        assertThat(refused.code()).isEqualTo(Cli.INVALID);
        assertThat(refused.err()).contains("open.csv is not CSV from line 3 on");
        assertThat(listed()).isEmpty();
    }

    @Test
    void aHundredThousandRowsImportAndStatusesAreSetFromAFile() throws Exception {
        Path big = temp.resolve("big.csv");
        try (BufferedWriter out = Files.newBufferedWriter(big)) {
            out.write("name,email,language,segment\n");
            for (int i = 0; i < 100_000; i++) {
                out.write("Customer " + i + ",customer" + i + "@example.com," + (i % 2 == 0 ? "en" : "pl")
                        + ",retail\n");
            }
        }

        JsonNode imported = importJson(big);

        assertThat(imported.get("exit").asInt()).isZero();
        assertThat(imported.get("imported").asInt()).isEqualTo(100_000);
        assertThat(imported.get("rejected")).isEmpty();

        Path statuses = csv("statuses.csv", "email,status,at,channel\n"
                + "customer7@example.com,sent,2026-03-30T12:00:00Z,e-mail\n"
                + "CUSTOMER8@example.com,bounced,2026-03-30T12:05:00Z,e-mail\n");
        CliRunner.Result updated = cli.run("recipients", "status", ref, statuses.toString(), "--format", "json");
        assertThat(updated.code()).as(updated.err()).isZero();
        assertThat(Json.mapper().readTree(updated.out()).get("updated").asInt()).isEqualTo(2);
        JsonNode bounced = Json.mapper().readTree(cli.run("recipients", "list", ref, "--status", "bounced",
                "--format", "json").out());
        assertThat(bounced.findValuesAsText("email")).containsExactly("customer8@example.com");

        CliRunner.Result refused = cli.run("recipients", "status", ref, csv("wrong.csv",
                "email,status,at\ncustomer9@example.com,sent,2026-03-30T12:00:00Z\nnobody@example.com,sent,"
                        + "2026-03-30T12:00:00Z\n").toString());
        assertThat(refused.code()).isEqualTo(Cli.INVALID);
        assertThat(refused.err()).contains("line 3, column email: the case has no recipient nobody@example.com");
        assertThat(cli.run("recipients", "list", ref, "--status", "sent").out().lines().count())
                .as("all or nothing: customer9 is still pending").isEqualTo(1);
    }
}
