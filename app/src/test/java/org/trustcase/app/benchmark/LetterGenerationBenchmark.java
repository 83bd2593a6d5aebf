package org.trustcase.app.benchmark;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.trustcase.app.AppContext;
import org.trustcase.app.bootstrap.AppContextFactory;
import org.trustcase.app.csv.RecipientCsv;
import org.trustcase.app.documents.DocumentLanguage;
import org.trustcase.app.documents.LetterRun;
import org.trustcase.app.documents.LetterValues;
import org.trustcase.model.cases.CaseDetails;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.DataCategory;
import org.trustcase.model.common.Actor;
import org.trustcase.model.notifications.AuthorityDraft;
import org.trustcase.model.notifications.LetterContext;
import org.trustcase.model.notifications.LetterTemplate;
import org.trustcase.model.notifications.MergeFields;
import org.trustcase.model.notifications.Recipient;
import org.trustcase.model.organisation.OrganisationProfile;

/**
 * Generating 10,000 letters (half in English, half in Polish) from the workspace's data-subject template: one PDF
 * each with an e-mail draft, and one merged PDF; against merging the same letters' texts alone (no PDF) in the same
 * run, with the process's peak resident memory. Not a test: run with
 * {@code mvn -Pnotifications-benchmark -pl app -am verify -DskipTests}.
 */
public final class LetterGenerationBenchmark {
    private static final int LETTERS = 10_000;

    private LetterGenerationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("trustcase-letter-benchmark-");
        try {
            Path file = dir.resolve("recipients.csv");
            try (BufferedWriter out = Files.newBufferedWriter(file)) {
                out.write("name,email,address,language,customer_no\n");
                for (int i = 0; i < LETTERS; i++) {
                    out.write("Klient Łukasz " + i + ",customer" + i + "@example.com,\"ul. Żółkiewskiego " + i
                            + "\n00-001 Warszawa\"," + (i % 2 == 0 ? "en" : "pl") + ",C-" + i + "\n");
                }
            }
            long merge = 0;
            long each = 0;
            long merged = 0;
            long pdfBytes = 0;
            for (String variant : List.of("texts", "each", "merged")) {
                try (AppContext context = new AppContextFactory(Clock.systemUTC(), new Actor("benchmark"))
                        .create(dir.resolve("ws-" + variant), false)) {
                    CaseReference ref = prepare(context, file);
                    Path out = dir.resolve("out-" + variant);
                    long start = System.nanoTime();
                    switch (variant) {
                        case "texts" -> mergeTexts(context, ref, out);
                        case "each" -> new LetterRun(context.letters(), context.clock()).run(ref, "data-subjects",
                                out, new LetterRun.Options(false, true), (d, of) -> { }, () -> false);
                        default -> new LetterRun(context.letters(), context.clock()).run(ref, "data-subjects", out,
                                new LetterRun.Options(true, false), (d, of) -> { }, () -> false);
                    }
                    long took = System.nanoTime() - start;
                    switch (variant) {
                        case "texts" -> merge = took;
                        case "each" -> each = took;
                        default -> {
                            merged = took;
                            try (var volumes = Files.list(out)) {
                                pdfBytes = volumes.filter(p -> p.toString().endsWith(".pdf")).mapToLong(p -> {
                                    try {
                                        return Files.size(p);
                                    } catch (java.io.IOException e) {
                                        throw new java.io.UncheckedIOException(e);
                                    }
                                }).sum();
                            }
                        }
                    }
                }
            }
            System.out.printf(Locale.ROOT, "%n%,d letters (half English, half Polish), heap at most %d MB, %d cores%n",
                    LETTERS, Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
            System.out.printf(Locale.ROOT, "merging the letters' texts alone (baseline): %.2f s%n", merge / 1e9);
            System.out.printf(Locale.ROOT, "one PDF and one e-mail draft each: %.2f s (goal: under 60 s); %.1f× the"
                    + " baseline%n", each / 1e9, (double) each / merge);
            System.out.printf(Locale.ROOT, "merged PDFs (volumes of %,d letters, %d MB in all): %.2f s; %.1f× the baseline%n", LetterRun.VOLUME, pdfBytes >> 20,
                    merged / 1e9, (double) merged / merge);
            System.out.printf(Locale.ROOT, "peak resident memory of the process: %s%n", peakRss());
        } finally {
            try (var paths = Files.walk(dir)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    private static CaseReference prepare(AppContext context, Path file) {
        CaseReference ref = context.cases().open(CaseDetails.builder().title("Benchmark")
                .summary("A laptop with a customer export was stolen from a car.")
                .remedialActions("Passwords reset; the export's accounts watched for fraud.")
                .dataCategories(Set.of(DataCategory.BASIC_IDENTIFIERS, DataCategory.CONTACT_DETAILS))
                .awareAt(Clock.systemUTC().instant().minusSeconds(3600)).build()).reference();
        context.organisation().update(new OrganisationProfile("Wisłoujście Logistyka Sp. z o.o.",
                "ul. Przykładowa 10\n80-001 Gdańsk", "", "Julia Kaczmarek", "iod@example.pl", "+48 58 000 00 00",
                null, "Europe/Warsaw", "pl", Set.of()));
        context.notifications().saveDraft(ref, new AuthorityDraft(null, null, null, null,
                "Phishing messages using your name and address are possible.", null, null, null,
                "Be wary of messages asking for your password.", true, false, false, null, null));
        context.recipients().importRecipients(ref, RecipientCsv.open(file), false);
        return ref;
    }

    /** The baseline: the same recipients read page by page and their letters merged as text into one file. */
    private static void mergeTexts(AppContext context, CaseReference ref, Path out) throws Exception {
        Files.createDirectories(out);
        LetterContext letter = context.letters().context(ref);
        java.util.Map<String, LetterTemplate> templates = new java.util.HashMap<>();
        context.letters().templates().stream().filter(t -> t.name().equals("data-subjects"))
                .forEach(t -> templates.put(t.language(), t));
        java.util.Map<String, LetterValues> values = new java.util.HashMap<>();
        try (BufferedWriter writer = Files.newBufferedWriter(out.resolve("letters.txt"))) {
            long after = 0;
            while (true) {
                List<Recipient> page = context.recipients().list(ref, null, after, 1_000);
                for (Recipient r : page) {
                    LetterTemplate t = templates.get(r.language());
                    LetterValues v = values.computeIfAbsent(r.language(), l -> new LetterValues(letter,
                            DocumentLanguage.of(l, ZoneOffset.UTC), Clock.systemUTC().instant()));
                    writer.write(MergeFields.fill(t.subject(), v.of(r)));
                    writer.write(MergeFields.fill(t.body(), v.of(r)));
                }
                if (page.size() < 1_000) {
                    break;
                }
                after = page.get(page.size() - 1).id();
            }
        }
    }

    private static String peakRss() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM"))
                    .map(l -> l.replace("VmHWM:", "").strip()).findFirst().orElse("unknown");
        } catch (java.io.IOException e) {
            return "unknown (no /proc)";
        }
    }
}
