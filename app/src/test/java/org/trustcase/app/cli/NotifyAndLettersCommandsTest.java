package org.trustcase.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustcase.app.cli.json.Json;

/**
 * The authority's notification and the letters on the command line: the draft in the form's order with every
 * Art. 33(3) item, recording it as sent against the clock (exit 2 when late without a reason), letters in English
 * and Polish with every Art. 34(2) element, and a batch marked sent meeting the data subjects' clock.
 */
class NotifyAndLettersCommandsTest {
    @TempDir
    Path temp;
    CliRunner cli;
    String ref;

    @BeforeEach
    void aPolishCaseDecidedToTellEveryone() throws Exception {
        cli = new CliRunner(temp.resolve("ws"));
        assertThat(cli.run("workspace", "init").code()).isZero();
        ref = cli.run("case", "new", "--title", "Stolen laptop", "--aware", "2026-03-27T10:00:00Z", "--jurisdiction",
                "PL", "--summary", "A laptop with the payroll export was stolen from a car").out().strip();
        Path update = Files.writeString(temp.resolve("update.json"), """
                {"dataCategories": ["basic-identifiers", "national-id-numbers"], "subjectCategories": ["employees"],
                 "approxSubjects": 1200, "approxRecords": 1350, "breachTypes": ["confidentiality"],
                 "cause": "external-malicious", "remedialActions": "Passwords reset; the disk was encrypted",
                 "parties": [{"role": "processor", "name": "Payroll Services Sp. z o.o."}]}
                """);
        assertThat(cli.run("case", "update", ref, "--from", update.toString()).code()).isZero();
        Path profile = Files.writeString(temp.resolve("org.json"), """
                {"legalName": "Acme Polska Sp. z o.o.", "address": "ul. Prosta 1, 00-001 Warszawa",
                 "dpoName": "Julia Kaczmarek", "dpoEmail": "iod@acme.example", "dpoPhone": "+48 22 100 00 00",
                 "timeZone": "Europe/Warsaw", "language": "pl"}
                """);
        CliRunner.Result org = cli.run("org", "update", "--from", profile.toString());
        assertThat(org.code()).as(org.err()).isZero();
        cli.run("assess", ref, "--dpc-base", "financial", "--ei", "1", "--cb-confidentiality", "0.5", "--narrative",
                "Identity theft with the PESEL numbers");
        CliRunner.Result decided = cli.run("decide", ref, "--authority", "yes", "--subjects", "yes",
                "--authority-reason", "Risk to employees", "--subjects-reason", "High risk of identity theft");
        assertThat(decided.code()).as(decided.err()).isZero();
    }

    private JsonNode clock(String rule) throws Exception {
        for (JsonNode clock : Json.mapper().readTree(cli.run("deadlines", "list", ref, "--format", "json").out())) {
            if (clock.get("rule").asText().equals(rule)) {
                return clock;
            }
        }
        throw new AssertionError("no clock " + rule);
    }

    @Test
    void theDraftGivesEveryArt33Item() throws Exception {
        Path text = temp.resolve("draft.txt");
        CliRunner.Result written = cli.run("notify", "draft", ref, "--format", "text", "--out", text.toString(),
                "--language", "en");
        assertThat(written.code()).as(written.err()).isZero();
        String draft = Files.readString(text);
        assertThat(draft).contains("Nature of the breach (Art. 33(3)(a))",
                "A laptop with the payroll export was stolen from a car", "Categories of data subjects: employees",
                "Approximate number of data subjects: 1,200", "Approximate number of personal data records: 1,350",
                "Categories of personal data: name and date of birth, national identification numbers",
                "(Art. 33(3)(b))", "Julia Kaczmarek", "iod@acme.example", "+48 22 100 00 00",
                "Likely consequences of the breach (Art. 33(3)(c))", "Identity theft with the PESEL numbers",
                "Measures taken or proposed (Art. 33(3)(d))", "Passwords reset; the disk was encrypted",
                "Cause: External, malicious", "Processor: Payroll Services Sp. z o.o.",
                "When the controller became aware of it: 27 March 2026");
        assertThat(draft.indexOf("Controller")).isLessThan(draft.indexOf("Nature of the breach"));

        Path pdf = temp.resolve("draft.pdf");
        assertThat(cli.run("notify", "draft", ref, "--format", "pdf", "--out", pdf.toString()).code()).isZero();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String polish = new PDFTextStripper().getText(document);
            assertThat(polish).contains("Zgłoszenie naruszenia ochrony danych osobowych", "Charakter naruszenia",
                    "numer PESEL lub inny numer identyfikacyjny", "Zewnętrzna, celowa", "Przybliżona liczba osób");
        }
    }

    @Test
    void theDraftsWordsAreSavedFromAFileFieldByFieldAndAWrongFieldIsNamed() throws Exception {
        Path words = Files.writeString(temp.resolve("draft.json"), """
                {"place": "Warsaw, Mokotów", "courseOfEvents": "Stolen at 18:00, reported at 19:00",
                 "integrity": false}
                """);
        CliRunner.Result saved = cli.run("notify", "draft-save", ref, "--from", words.toString());
        assertThat(saved.code()).as(saved.err()).isZero();
        Path text = temp.resolve("draft.txt");
        assertThat(cli.run("notify", "draft", ref, "--format", "text", "--out", text.toString(), "--language", "en")
                .code()).isZero();
        assertThat(Files.readString(text)).contains("Place: Warsaw, Mokotów",
                "Course of events: Stolen at 18:00, reported at 19:00", "Integrity affected: No",
                "A laptop with the payroll export was stolen from a car");

        Files.writeString(words, "{\"colour\": \"red\", \"integrity\": \"maybe\"}");
        CliRunner.Result refused = cli.run("notify", "draft-save", ref, "--from", words.toString());
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("'colour' is not a field of the draft")
                .contains("'integrity' is true, false or null");
    }

    @Test
    void aLateInitialNotificationNeedsAReasonAndThenMeetsTheClock() throws Exception {
        CliRunner.Result late = cli.run("notify", "authority", ref, "--phase", "initial", "--at",
                "2026-03-31T09:00:00Z", "--channel", "biznes.gov.pl");
        assertThat(late.code()).isEqualTo(2);
        assertThat(late.err()).contains("delay");
        assertThat(clock("GDPR-SA").get("status").asText()).isEqualTo("overdue");

        CliRunner.Result sent = cli.run("notify", "authority", ref, "--phase", "initial", "--at",
                "2026-03-31T09:00:00Z", "--channel", "biznes.gov.pl", "--delay-reason",
                "The payroll processor confirmed the extent only on 31 March", "--format", "json");
        assertThat(sent.code()).as(sent.err()).isZero();
        JsonNode json = Json.mapper().readTree(sent.out());
        assertThat(json.get("rulesMet").get(0).asText()).isEqualTo("GDPR-SA");
        assertThat(clock("GDPR-SA").get("status").asText()).isEqualTo("met");

        CliRunner.Result followUp = cli.run("notify", "authority", ref, "--phase", "follow-up", "--at",
                "2026-04-01T08:00:00Z", "--channel", "ePUAP", "--reference", "DKN.5130.1234.2026");
        assertThat(followUp.code()).as(followUp.err()).isZero();
        Path text = temp.resolve("follow-up.txt");
        assertThat(cli.run("notify", "authority", ref, "--phase", "initial", "--at", "2026-04-01T08:00:00Z",
                "--channel", "post").err()).contains("initial notification to the authority already");
        JsonNode listed = Json.mapper().readTree(cli.run("notify", "list", ref, "--format", "json").out());
        assertThat(listed).hasSize(2);
        assertThat(listed.get(0).get("delayReason").asText()).contains("payroll processor");
        assertThat(cli.run("notify", "draft", ref, "--format", "text", "--out", text.toString(), "--phase",
                "follow-up", "--language", "en").code()).isZero();
        assertThat(Files.readString(text)).contains("Follow-up notification (Art. 33(4))");
    }

    @Test
    void lettersInEachRecipientsLanguageAndABatchMarkedSentMeetsTheSubjectsClock() throws Exception {
        Path recipients = Files.writeString(temp.resolve("recipients.csv"), String.join("\r\n",
                "name,email,address,language,employee_no",
                "Anna Nowak,anna@example.pl,\"ul. Polna 1\n00-001 Warszawa\",pl,E-1",
                "John Smith,john@example.com,,en,E-2",
                "Zażółć Gęślą,,\"ul. Łąkowa 5\n30-001 Kraków\",pl,E-3") + "\r\n", StandardCharsets.UTF_8);
        assertThat(cli.run("recipients", "import", ref, recipients.toString()).code()).isZero();
        Path folder = temp.resolve("letters");
        CliRunner.Result approved = cli.run("letters", "approve", "data-subjects", "--language", "pl");
        assertThat(approved.code()).as(approved.err()).isZero();
        assertThat(cli.run("letters", "approve", "data-subjects", "--language", "pl").err())
                .contains("is approved already");
        assertThat(cli.run("letters", "templates").out()).contains("data-subjects\tpl\tdata-subject\tapproved by ")
                .contains("data-subjects\ten\tdata-subject\tnot approved");

        CliRunner.Result generated = cli.run("letters", "generate", ref, "--template", "data-subjects", "--out",
                folder.toString(), "--eml", "--format", "json");
        assertThat(generated.code()).as(generated.err()).isZero();
        JsonNode batch = Json.mapper().readTree(generated.out());
        assertThat(batch.get("letters").asLong()).isEqualTo(3);
        assertThat(batch.get("emails").asLong()).isEqualTo(2);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".pdf"))).hasSize(3);
        }
        String polish = pdfText(folder.resolve("letter-00000001.pdf"));
        assertThat(polish).contains("Co się stało", "A laptop with the payroll export", "Julia Kaczmarek",
                "iod@acme.example", "Możliwe konsekwencje", "Identity theft with the PESEL numbers",
                "Co zrobiliśmy", "Passwords reset", "Co może Pani/Pan zrobić", "ul. Polna 1");
        String english = pdfText(folder.resolve("letter-00000002.pdf"));
        assertThat(english).contains("Dear John Smith", "What happened", "What this could mean for you",
                "What we have done", "What you can do", "Who to contact", "Julia Kaczmarek", "27 March 2026");
        assertThat(pdfText(folder.resolve("letter-00000003.pdf"))).contains("ul. Łąkowa 5", "Zażółć Gęślą");
        assertThat(Files.readString(folder.resolve("letter-00000002.eml"))).contains("X-Unsent: 1",
                "To: john@example.com");
        assertThat(Files.readString(folder.resolve(LETTERS_CSV))).contains("john@example.com");

        CliRunner.Result again = cli.run("letters", "generate", ref, "--template", "data-subjects", "--out",
                folder.toString());
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("holds files already");

        CliRunner.Result sent = cli.run("letters", "mark-sent", ref, "--batch", batch.get("batch").asText(), "--at",
                "2026-03-29T12:00:00Z", "--channel", "post and e-mail");
        assertThat(sent.code()).as(sent.err()).isZero();
        assertThat(clock("GDPR-DS").get("status").asText()).isEqualTo("met");
        JsonNode register = Json.mapper().readTree(cli.run("recipients", "list", ref, "--format", "json").out());
        assertThat(register).allSatisfy(r -> assertThat(r.get("status").asText()).isEqualTo("sent"));
    }

    private static final String LETTERS_CSV = "mail-merge.csv";

    private static String pdfText(Path file) throws Exception {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
