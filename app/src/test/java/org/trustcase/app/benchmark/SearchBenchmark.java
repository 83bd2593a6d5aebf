package org.trustcase.app.benchmark;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.function.Supplier;
import org.trustcase.app.AppContext;
import org.trustcase.app.bootstrap.AppContextFactory;
import org.trustcase.model.caselist.CaseQuery;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.common.Actor;
import org.trustcase.model.search.SearchService;
import org.trustcase.model.tasks.CaseNote;
import org.trustcase.persistence.Workspace;

/**
 * The search's latency per keystroke over 100,000 generated cases ({@code workspace generate}, the staged way) with
 * about 150,000 investigation notes in English and Polish (written straight into the workspace, a transaction per
 * 25,000): a DPO types each query a letter at a time and every prefix is searched ({@link SearchService#search}, 50
 * places), from the first letter on, after five rounds of warm-up. Reports the p50, p95, p99 and worst keystroke
 * against the goal (p95 under 50 ms), the same by the length of the word being typed and by query, and the slowest
 * keystrokes, beside two baselines measured in the same run on the same workspace (a bare {@code SELECT count(*)} of
 * the search's documents, and a search for a word that nothing holds); then the database's size and the search
 * index's share of it. The workspace is made once, in the folder {@code benchmark.workspace} names (about 3 minutes),
 * and reused by later runs. Not a test: run with
 * {@code mvn -Psearch-benchmark -pl app -am verify -DskipTests [-Dbenchmark.workspace=DIR]}.
 */
public final class SearchBenchmark {
    /** How many cases a new workspace gets ({@code benchmark.cases}, for a quick try on a smaller one). */
    private static final int CASES = Integer.getInteger("benchmark.cases", 100_000);
    /** Notes per transaction while the workspace is made. */
    private static final int NOTES_PER_TRANSACTION = 25_000;
    private static final int LIMIT = 50;
    private static final int WARM_UP = 5;
    /** Rounds of every query typed before anything is measured. */
    private static final int WARM_UP_ROUNDS = 5;
    private static final int RUNS = 25;
    private static final int ROUNDS = 5;
    private static final Actor DPO = new Actor("benchmark");
    /**
     * What a DPO types: a word many notes hold in either language, a Polish word of diacritics (found folded), two
     * phrases, a reference, a word in a handful of notes, a very common word, and a Polish phrase.
     */
    private static final List<String> TYPED = List.of("ransomware", "zażółć", "laptop stolen", "phishing mailbox",
            "wyciek danych", "TC-2026-0042", "steganography", "data", "kradzież laptopa");
    /** A word no document holds. */
    private static final String NOTHING = "qxjvzw";

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(System.getProperty("benchmark.workspace", args.length > 0 ? args[0]
                : System.getProperty("java.io.tmpdir") + "/trustcase-search-benchmark")).toAbsolutePath();
        if (!Workspace.exists(dir)) {
            prepare(dir);
        }
        Path file = dir.resolve(Workspace.DATABASE_FILE);
        try (AppContext context = new AppContextFactory(Clock.systemUTC(), DPO).open(dir);
                Connection sql = readOnly(file)) {
            SearchService search = context.search();
            System.out.printf(Locale.ROOT, "%nworkspace %s: %,d cases; search documents:%s%n", dir,
                    context.caseLists().count(CaseQuery.ALL), documents(sql));
            // the warm-up: every query typed a few times, until the code the search runs through is compiled
            for (int round = 0; round < WARM_UP_ROUNDS; round++) {
                for (String typed : TYPED) {
                    for (String prefix : prefixes(typed)) {
                        search.search(prefix, LIMIT);
                    }
                }
            }
            Timing count = time(() -> count(sql));
            Timing nothing = time(() -> search.search(NOTHING, LIMIT));
            Baselines baselines = new Baselines(count, nothing);
            System.out.printf(Locale.ROOT, "  baseline: SELECT count(*) FROM search_doc           median %8.3f ms%n",
                    count.median() / 1e6);
            System.out.printf(Locale.ROOT, "  baseline: a search finding nothing (\"%s\")        median %8.3f ms%n",
                    NOTHING, nothing.median() / 1e6);

            long collections = collections();
            long collecting = collectionMillis();
            List<Keystroke> keystrokes = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                for (String typed : TYPED) {
                    for (String prefix : prefixes(typed)) {
                        long start = System.nanoTime();
                        int found = search.search(prefix, LIMIT).size();
                        keystrokes.add(new Keystroke(typed, prefix, System.nanoTime() - start, found));
                    }
                }
            }
            collections = collections() - collections;
            collecting = collectionMillis() - collecting;
            Timing all = new Timing(keystrokes.stream().map(Keystroke::nanos).toList());
            System.out.printf(Locale.ROOT, "%n  every keystroke (%d queries typed, %d keystrokes, %d rounds, %d places"
                    + " at most):%n", TYPED.size(), keystrokes.size() / ROUNDS, ROUNDS, LIMIT);
            for (int p : new int[] {50, 95, 99, 100}) {
                long nanos = all.percentile(p);
                System.out.printf(Locale.ROOT, "    %-4s %9.2f ms  (%7.1f x count(*), %7.1f x a search finding"
                        + " nothing)%n", p == 100 ? "max" : "p" + p, nanos / 1e6, nanos / (double) count.median(),
                        nanos / (double) nothing.median());
            }
            System.out.printf(Locale.ROOT, "    goal: p95 under 50 ms: %s%n", all.percentile(95) < 50_000_000L ? "met"
                    : "MISSED");
            System.out.printf(Locale.ROOT, "    (garbage collections meanwhile: %d, %d ms in all)%n", collections,
                    collecting);

            System.out.printf(Locale.ROOT, "%n  by the length of the word being typed:%n");
            Map<String, List<Long>> byLength = new LinkedHashMap<>();
            for (String group : List.of("after a space or -", "1 letter", "2 letters", "3 letters", "4 letters",
                    "5+ letters")) {
                byLength.put(group, new ArrayList<>());
            }
            for (Keystroke k : keystrokes) {
                int length = k.lastWordLength();
                String group = length == 0 ? "after a space or -" : length >= 5 ? "5+ letters"
                        : length + (length == 1 ? " letter" : " letters");
                byLength.get(group).add(k.nanos());
            }
            byLength.forEach((group, nanos) -> report(group, new Timing(nanos), baselines));

            System.out.printf(Locale.ROOT, "%n  by query (every prefix of it):%n");
            for (String typed : TYPED) {
                report("\"" + typed + "\"", new Timing(keystrokes.stream().filter(k -> k.typed().equals(typed))
                        .map(Keystroke::nanos).toList()), baselines);
            }

            System.out.printf(Locale.ROOT, "%n  the slowest keystrokes (the worst of their rounds; places found):%n");
            Map<String, Keystroke> worst = new LinkedHashMap<>();
            for (Keystroke k : keystrokes) {
                worst.merge(k.prefix(), k, (a, b) -> a.nanos() >= b.nanos() ? a : b);
            }
            worst.values().stream().sorted(Comparator.comparingLong(Keystroke::nanos).reversed()).limit(12)
                    .forEach(k -> System.out.printf(Locale.ROOT, "    %-22s %9.2f ms  %3d places%n",
                            "\"" + k.prefix() + "\"", k.nanos() / 1e6, k.found()));

            sizes(file, sql);
        }
    }

    /** Every text the search box holds while {@code typed} is typed, from its first letter to the whole. */
    private static List<String> prefixes(String typed) {
        List<String> prefixes = new ArrayList<>();
        for (int end = 1; end <= typed.length(); end++) {
            prefixes.add(typed.substring(0, end));
        }
        return prefixes;
    }

    private static void report(String what, Timing timing, Baselines baselines) {
        System.out.printf(Locale.ROOT, "    %-22s p50 %8.2f ms  p95 %8.2f ms  max %8.2f ms  (p95: %6.1f x count(*),"
                + " %6.1f x nothing found)%n", what, timing.percentile(50) / 1e6, timing.percentile(95) / 1e6,
                timing.percentile(100) / 1e6, timing.percentile(95) / (double) baselines.count().median(),
                timing.percentile(95) / (double) baselines.nothing().median());
    }

    private static long collections() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    private static long collectionMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    private static Timing time(Supplier<?> work) {
        for (int i = 0; i < WARM_UP; i++) {
            work.get();
        }
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.get();
            nanos.add(System.nanoTime() - start);
        }
        return new Timing(nanos);
    }

    // --- the workspace: generated cases, then notes ---

    /**
     * Makes the workspace in a folder beside {@code dir} and moves it into place when it is complete, so that an
     * interrupted run leaves no half-made workspace to be reused.
     */
    private static void prepare(Path dir) throws IOException, SQLException {
        Path partial = dir.resolveSibling(dir.getFileName() + ".partial");
        deleteTree(partial);
        Files.createDirectories(dir.getParent());
        System.out.printf(Locale.ROOT, "%nmaking the workspace %s: %,d generated cases, then their notes%n", dir,
                CASES);
        long start = System.nanoTime();
        Instant now;
        try (AppContext made = new AppContextFactory(Clock.systemUTC(), DPO).generate(partial, CASES, 90, 1,
                done -> {
                    if (done % 20_000 == 0) {
                        System.out.printf(Locale.ROOT, "  %,d cases%n", done);
                    }
                })) {
            now = made.clock().instant();
        }
        long generated = System.nanoTime() - start;
        start = System.nanoTime();
        List<CaseReference> references = new ArrayList<>();
        try (Connection sql = readOnly(partial.resolve(Workspace.DATABASE_FILE));
                Statement statement = sql.createStatement();
                ResultSet rows = statement.executeQuery("SELECT reference FROM breach_case ORDER BY id")) {
            while (rows.next()) {
                references.add(CaseReference.parse(rows.getString(1)));
            }
        }
        int notes;
        try (Workspace workspace = Workspace.open(partial)) {
            notes = addNotes(workspace, references, now);
        }
        long written = System.nanoTime() - start;
        Files.deleteIfExists(dir);
        Files.move(partial, dir);
        System.out.printf(Locale.ROOT, "  %,d cases generated in %.0f s; %,d notes written in %.0f s%n",
                references.size(), generated / 1e9, notes, written / 1e9);
    }

    /**
     * One or two notes per case (written a little after one another, the newest cases' last), each of one to three
     * sentences in English or in Polish; the same every time.
     */
    private static int addNotes(Workspace workspace, List<CaseReference> references, Instant now) {
        Random random = new Random(7);
        List<CaseNote> notes = new ArrayList<>();
        Instant at = now.minus(Duration.ofDays(120));
        for (CaseReference reference : references) {
            int count = random.nextBoolean() ? 2 : 1;
            for (int i = 0; i < count; i++) {
                at = at.plusSeconds(40);
                notes.add(new CaseNote(0, reference, NoteTexts.note(random), List.of(), DPO.id(), at, 0));
            }
        }
        for (int from = 0; from < notes.size(); from += NOTES_PER_TRANSACTION) {
            List<CaseNote> batch = notes.subList(from, Math.min(notes.size(), from + NOTES_PER_TRANSACTION));
            workspace.transactions().inTransaction(() -> {
                batch.forEach(workspace.notes()::add);
                return null;
            });
            System.out.printf(Locale.ROOT, "  %,d notes%n", from + batch.size());
        }
        return notes.size();
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    // --- beside the application: a read-only connection of its own ---

    private static Connection readOnly(Path file) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("open_mode", "1");
        return DriverManager.getConnection("jdbc:sqlite:" + file, properties);
    }

    private static long count(Connection sql) {
        try (Statement statement = sql.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM search_doc")) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String documents(Connection sql) throws SQLException {
        StringBuilder text = new StringBuilder();
        try (Statement statement = sql.createStatement();
                ResultSet rows = statement.executeQuery("SELECT kind, count(*) FROM search_doc GROUP BY kind"
                        + " ORDER BY count(*) DESC")) {
            while (rows.next()) {
                text.append(String.format(Locale.ROOT, " %,d %s", rows.getLong(2), rows.getString(1)));
            }
        }
        return text.toString();
    }

    /** The database file's size and what its parts take (SQLite's dbstat, when the driver has it). */
    private static void sizes(Path file, Connection sql) throws IOException {
        long size = Files.size(file);
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        System.out.printf(Locale.ROOT, "%n  database: %,.1f MB (%s, write-ahead log %,.1f MB beside it)%n", size / 1e6,
                file.getFileName(), Files.exists(wal) ? Files.size(wal) / 1e6 : 0.0);
        Map<String, Long> parts = new LinkedHashMap<>();
        for (String part : List.of("search_fts (words and their beginnings)", "search_stem_fts (English stems)",
                "search_doc (the documents, as written)", "everything else")) {
            parts.put(part, 0L);
        }
        try (Statement statement = sql.createStatement();
                ResultSet rows = statement.executeQuery("SELECT name, sum(pgsize) FROM dbstat GROUP BY name")) {
            while (rows.next()) {
                String name = rows.getString(1);
                String part = name.startsWith("search_stem_fts") ? "search_stem_fts (English stems)"
                        : name.startsWith("search_fts") ? "search_fts (words and their beginnings)"
                        : name.startsWith("search_doc") || name.equals("sqlite_autoindex_search_doc_1")
                        ? "search_doc (the documents, as written)" : "everything else";
                parts.merge(part, rows.getLong(2), Long::sum);
            }
        } catch (SQLException e) {
            System.out.printf(Locale.ROOT, "  (no breakdown: %s)%n", e.getMessage());
            return;
        }
        long total = parts.values().stream().mapToLong(Long::longValue).sum();
        parts.forEach((part, bytes) -> System.out.printf(Locale.ROOT, "    %-42s %,9.1f MB  %5.1f %%%n", part,
                bytes / 1e6, 100.0 * bytes / total));
        long search = total - parts.get("everything else");
        System.out.printf(Locale.ROOT, "    %-42s %,9.1f MB  %5.1f %%%n", "the search, in all", search / 1e6,
                100.0 * search / total);
    }

    private record Baselines(Timing count, Timing nothing) {
    }

    private record Keystroke(String typed, String prefix, long nanos, int found) {
        /** How many letters of the last word have been typed (0 after a space or a hyphen). */
        int lastWordLength() {
            List<String> words = SearchService.words(prefix);
            boolean ended = !Character.isLetterOrDigit(prefix.codePointBefore(prefix.length()));
            return ended || words.isEmpty() ? 0 : words.get(words.size() - 1).length();
        }
    }

    private record Timing(List<Long> nanos) {
        long median() {
            return percentile(50);
        }

        long percentile(int p) {
            long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
            Arrays.sort(sorted);
            return sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1))];
        }
    }

    /** Investigation notes as a DPO's team writes them, in English and in Polish, from sentences with varied parts. */
    static final class NoteTexts {
        private static final String[] PEOPLE = {"Anna Kowalska", "Bert Mayer", "Chloe Martin", "Dara Walsh",
            "Emil Nowak", "Fatima Zahra", "Gus van Dijk", "Hana Sato", "Ivan Petrov", "Julia Rossi", "Kai Larsen",
            "Lena Fischer", "Mark O'Neill", "Nina Berg", "Oscar Lindqvist", "Priya Nair"};
        private static final String[] SYSTEMS = {"SAP HR", "Salesforce", "Exchange", "SharePoint", "Workday",
            "the CRM", "the web shop", "the VPN", "Jira", "Comarch ERP", "Symfonia", "the payroll system",
            "the patient portal", "the loyalty app", "the data warehouse", "the call centre"};
        private static final String[] TEAMS = {"finance", "HR", "sales", "customer service", "marketing", "legal",
            "logistics", "IT", "procurement", "claims"};
        private static final String[] COUNTRIES = {"Romania", "Nigeria", "Brazil", "Vietnam", "Russia",
            "the Netherlands", "Ukraine", "China", "the United States", "Germany"};
        private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday"};
        private static final String[] VENDORS = {"Cloudline", "PayFlow", "Mailboxer", "Printhouse", "HostPoint",
            "DataVault", "ShipFast", "CallOne"};
        private static final String[] DATA = {"payroll data", "health data", "bank account numbers",
            "dates of birth", "passport scans", "home addresses", "salary slips", "national insurance numbers"};
        /** Polish people, each with the ending of a past verb that agrees with them. */
        private static final String[][] OSOBY = {{"Łukasz Wójcik", ""}, {"Małgorzata Kowalczyk", "a"},
            {"Paweł Nowak", ""}, {"Agnieszka Wiśniewska", "a"}, {"Krzysztof Dąbrowski", ""},
            {"Katarzyna Lewandowska", "a"}, {"Michał Zieliński", ""}, {"Joanna Szymańska", "a"},
            {"Tomasz Woźniak", ""}, {"Magdalena Kozłowska", "a"}, {"Jędrzej Mazur", ""}, {"Bożena Kaczmarek", "a"},
            {"Grzegorz Piotrowski", ""}, {"Elżbieta Grabowska", "a"}, {"Zbigniew Pawłowski", ""},
            {"Dorota Michalska", "a"}};
        private static final String[] SYSTEMY = {"SAP HR", "Salesforce", "Exchange", "SharePoint", "Workday", "CRM",
            "Comarch ERP", "Symfonia", "Optima", "Jira", "eKadry", "Płatnik", "e-Recepta", "Subiekt"};
        private static final String[] MIASTA = {"w Warszawie", "w Krakowie", "w Łodzi", "we Wrocławiu", "w Poznaniu",
            "w Gdańsku", "w Szczecinie", "w Bydgoszczy", "w Lublinie", "w Białymstoku", "w Katowicach", "w Gdyni",
            "w Częstochowie", "w Radomiu", "w Toruniu", "w Kielcach", "w Rzeszowie", "w Olsztynie", "w Opolu",
            "w Płocku"};
        private static final String[] DZIALY = {"kadr", "płac", "sprzedaży", "obsługi klienta", "księgowości",
            "marketingu", "logistyki", "zakupów", "windykacji", "reklamacji"};
        private static final String[] DNI = {"poniedziałku", "wtorku", "środy", "czwartku", "piątku", "soboty",
            "niedzieli"};
        private static final String[] DANE = {"numery PESEL", "numery dowodów osobistych", "dane o zdrowiu",
            "numery rachunków bankowych", "adresy zamieszkania", "odcinki wypłat", "daty urodzenia",
            "skany paszportów"};
        private static final String[] KRAJE = {"z Rumunii", "z Nigerii", "z Brazylii", "z Wietnamu", "z Rosji",
            "z Holandii", "z Ukrainy", "z Chin", "ze Stanów Zjednoczonych", "z Niemiec"};

        private NoteTexts() {
        }

        /** One note: three in five in English; one to three sentences. */
        static String note(Random random) {
            boolean english = random.nextInt(5) < 3;
            int sentences = 1 + random.nextInt(3);
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < sentences; i++) {
                if (i > 0) {
                    text.append(random.nextInt(4) == 0 ? "\n- " : " ");
                }
                text.append(english ? english(random) : polish(random));
            }
            return text.toString();
        }

        private static String english(Random r) {
            if (r.nextInt(20_000) == 0) {
                return "Steganography suspected: the images sent out may carry the exported records.";
            }
            return switch (r.nextInt(16)) {
                case 0 -> pick(r, PEOPLE) + " reported that the laptop was stolen from a car in the car park; the disk"
                        + (r.nextBoolean() ? " was encrypted with BitLocker." : " was not encrypted.");
                case 1 -> "Ransomware encrypted the file server of " + pick(r, SYSTEMS) + " overnight; backups from "
                        + pick(r, DAYS) + " are intact and being restored.";
                case 2 -> "A phishing e-mail reached the " + pick(r, TEAMS) + " mailbox; " + (2 + r.nextInt(40))
                        + " staff clicked the link and " + (1 + r.nextInt(5)) + " entered their passwords.";
                case 3 -> "A mailbox rule forwarding invoices to an external address was created on " + pick(r, DAYS)
                        + " from an IP address in " + pick(r, COUNTRIES) + ".";
                case 4 -> "Customer data exported to a personal cloud account by a departing employee of the "
                        + pick(r, TEAMS) + " team.";
                case 5 -> "Letters went to the wrong addresses after the mail merge shifted by one row; "
                        + (10 + r.nextInt(5000)) + " customers affected.";
                case 6 -> {
                    int hour = r.nextInt(20);
                    yield "Spoke with " + pick(r, PEOPLE) + " from IT security: the logs show access to "
                            + pick(r, SYSTEMS) + " from " + pick(r, COUNTRIES) + " between " + hour + ":00 and "
                            + (hour + 1 + r.nextInt(4)) + ":30.";
                }
                case 7 -> "Asked " + pick(r, VENDORS) + ", our processor, for their incident report and the list of"
                        + " affected accounts.";
                case 8 -> "Police reference " + (10_000 + r.nextInt(90_000)) + "/" + (2025 + r.nextInt(2))
                        + "; the insurer was informed on " + pick(r, DAYS) + ".";
                case 9 -> "Data categories confirmed: names, e-mail addresses and " + pick(r, DATA) + ".";
                case 10 -> "Passwords reset for " + (1 + r.nextInt(300)) + " accounts; multi-factor authentication"
                        + " enforced for the " + pick(r, TEAMS) + " team.";
                case 11 -> "The backup tape was found in the courier's van; chain of custody documented by "
                        + pick(r, PEOPLE) + ".";
                case 12 -> "No evidence that the data was accessed; the stolen laptop was wiped remotely at "
                        + r.nextInt(24) + ":" + (10 + r.nextInt(50)) + ".";
                case 13 -> "Draft notification to the supervisory authority reviewed by " + pick(r, PEOPLE) + ".";
                case 14 -> "Ticket INC-" + (100_000 + r.nextInt(900_000)) + " opened with the service desk; the"
                        + " vulnerability in " + pick(r, SYSTEMS) + " is patched.";
                default -> "**Next step**: confirm with " + pick(r, PEOPLE) + " how many data subjects are affected"
                        + " and whether their " + pick(r, DATA) + " were exposed.";
            };
        }

        private static String polish(Random r) {
            if (r.nextInt(300) == 0) {
                return "Zażółć gęślą jaźń: testowy wpis z formularza zgłoszeń trafił do rejestru naruszeń.";
            }
            String[] osoba = OSOBY[r.nextInt(OSOBY.length)];
            return switch (r.nextInt(14)) {
                case 0 -> osoba[0] + " zgłosił" + osoba[1] + " kradzież służbowego laptopa " + pick(r, MIASTA)
                        + "; dysk " + (r.nextBoolean() ? "był zaszyfrowany." : "nie był zaszyfrowany.");
                case 1 -> "Wyciek danych klientów z systemu " + pick(r, SYSTEMY) + ": imiona, nazwiska, adresy e-mail i "
                        + pick(r, DANE) + ".";
                case 2 -> "Atak ransomware zaszyfrował serwer plików w oddziale " + pick(r, MIASTA)
                        + "; kopie zapasowe z " + pick(r, DNI) + " są nienaruszone.";
                case 3 -> "Wiadomość phishingowa trafiła do skrzynki działu " + pick(r, DZIALY) + "; "
                        + (5 + r.nextInt(40)) + " osób podało hasła.";
                case 4 -> "Rozmowa z działem bezpieczeństwa (" + osoba[0] + "): logi pokazują dostęp z adresów IP "
                        + pick(r, KRAJE) + ".";
                case 5 -> "Podmiot przetwarzający (" + pick(r, VENDORS) + ") obiecał przesłać raport z incydentu do "
                        + pick(r, DNI) + ".";
                case 6 -> "Listy wysłano na błędne adresy, bo korespondencja seryjna przesunęła się o jeden wiersz;"
                        + " dotyczy " + (10 + r.nextInt(5000)) + " osób.";
                case 7 -> "Należy ocenić, czy wyciek danych wymaga zgłoszenia do UODO w ciągu 72 godzin.";
                case 8 -> "Zmieniono hasła " + (5 + r.nextInt(300)) + " kont i włączono uwierzytelnianie"
                        + " dwuskładnikowe w dziale " + pick(r, DZIALY) + ".";
                case 9 -> "Pracownik działu " + pick(r, DZIALY) + " przyznał, że wysłał plik z wynagrodzeniami na"
                        + " prywatną skrzynkę pocztową.";
                case 10 -> "Źródło zgłoszenia: telefon od klienta, który otrzymał cudzą fakturę; rozmowę odebrał"
                        + osoba[1] + " " + osoba[0] + ".";
                case 11 -> "Sprawdzono kopię zapasową: ostatnia pełna kopia pochodzi z " + pick(r, DNI)
                        + ", przyrostowe są kompletne.";
                case 12 -> "Numer sprawy na policji: " + (10_000 + r.nextInt(90_000)) + "/" + (2025 + r.nextInt(2))
                        + "; ubezpieczyciel został powiadomiony.";
                default -> "**Do zrobienia** (" + osoba[0] + "): ustalić, ilu osób dotyczy wyciek i czy ujawniono"
                        + " ich " + pick(r, DANE) + ".";
            };
        }

        private static String pick(Random random, String[] values) {
            return values[random.nextInt(values.length)];
        }
    }
}
