package org.trustcase.app.benchmark;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.trustcase.app.AppContext;
import org.trustcase.app.bootstrap.AppContextFactory;
import org.trustcase.app.ui.cases.CaseFilter;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.model.caselist.CaseListService;
import org.trustcase.model.caselist.CaseQuery;
import org.trustcase.model.caselist.CaseSort;
import org.trustcase.model.caseclocks.DeadlineBoard;
import org.trustcase.model.common.Actor;

/**
 * Times what the window asks of a workspace, on generated workspaces ({@code workspace generate}): the first
 * page of the Cases table (as opened, and sorted by each column both ways), a keystroke of its filter, the
 * open-case deadline refresh, the dashboard figures and the cases behind each of its deadline tiles. Each figure is the median (and the 95th percentile) of repeated runs, reported beside a baseline measured in
 * the same run on the same workspace: a bare {@code SELECT count(*)} of the cases. Not a test: run with
 * {@code mvn -Pbenchmark -pl app -am verify -DskipTests -Dbenchmark.workspaces=DIR[,DIR...]}.
 */
public final class ListBenchmark {
    private static final int WARM_UP = 5;
    private static final int RUNS = 25;
    /** What a DPO types, keystroke by keystroke: a title word, a reference, an owner, a status, a jurisdiction. */
    private static final List<String> TYPED = List.of("l", "la", "lap", "lapt", "lapto", "laptop", "laptop p",
            "laptop pa", "laptop pay", "tc-2026-0", "tc-2026-00", "tc-2026-004", "tc-2026-0042", "anna", "anna.k",
            "inv", "investigating", "pl", "us-ca", "phishing hr");

    private ListBenchmark() {
    }

    public static void main(String[] args) {
        String property = System.getProperty("benchmark.workspaces", String.join(",", args));
        if (property.isBlank()) {
            throw new IllegalArgumentException("name the workspaces: -Dbenchmark.workspaces=DIR[,DIR...]");
        }
        for (String dir : property.split(",")) {
            run(Path.of(dir.strip()));
        }
    }

    private static void run(Path dir) {
        Messages messages = Messages.forLocale(Locale.ENGLISH);
        Timing reviewer;
        try (AppContext context = new AppContextFactory(Clock.systemUTC(), new Actor("benchmark")).open(dir)) {
            CaseListService lists = context.caseLists();
            DeadlineBoard board = context.deadlines();
            long cases = lists.count(CaseQuery.ALL);
            long open = lists.count(CaseQuery.open());
            System.out.printf(Locale.ROOT, "%nworkspace %s: %,d cases, %,d open%n", dir, cases, open);
            Timing baseline = time(() -> lists.count(CaseQuery.ALL));
            report("baseline: SELECT count(*) of the cases", baseline, baseline);
            report("cases table, first page (200 rows + counts)", time(() -> {
                lists.page(CaseQuery.ALL, 0, 200);
                return lists.count(CaseQuery.ALL);
            }), baseline);
            // a click on a column header: each sort reads an index, so each should cost about the same
            for (CaseSort sort : CaseSort.values()) {
                for (boolean descending : new boolean[] {false, true}) {
                    CaseQuery sorted = CaseQuery.ALL.sortedBy(sort, descending);
                    report("first page by " + sort.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                            + (descending ? ", descending" : ", ascending"), time(() -> lists.page(sorted, 0, 200)),
                            baseline);
                }
            }
            List<Long> keystrokes = new ArrayList<>();
            for (int i = 0; i < WARM_UP; i++) {
                keystroke(lists, messages, TYPED.get(i));
            }
            for (int round = 0; round < 3; round++) {
                for (String typed : TYPED) {
                    long start = System.nanoTime();
                    keystroke(lists, messages, typed);
                    keystrokes.add(System.nanoTime() - start);
                }
            }
            report("filter keystroke, page shown (200 rows)", new Timing(keystrokes), baseline);
            reportSlowest(keystrokes);
            List<Long> counted = new ArrayList<>();
            for (String typed : TYPED) {
                CaseQuery q = CaseQuery.ALL.withTerms(CaseFilter.terms(typed, messages::label));
                long start = System.nanoTime();
                lists.count(q);
                counted.add(System.nanoTime() - start);
            }
            report("filter keystroke, count of matches", new Timing(counted), baseline);
            report("deadlines refresh (first page + counts + alerts)", time(() -> {
                board.page(false, 0, 200);
                board.counts();
                java.time.Instant now = context.clock().instant();
                return board.entered(now.minus(Duration.ofMinutes(1)), now, 3);
            }), baseline);
            report("dashboard figures", time(() -> lists.figures(ZoneOffset.UTC)), baseline);
            // the Cases table's export of every case, once (it writes a file of every row)
            try {
                java.nio.file.Path file = java.nio.file.Files.createTempFile("trustcase-benchmark", ".csv");
                org.trustcase.app.ui.cases.CasesCsv csv = new org.trustcase.app.ui.cases.CasesCsv(lists, messages,
                        new org.trustcase.app.ui.support.TimeText(ZoneOffset.UTC));
                long start = System.nanoTime();
                long rows = csv.write(CaseQuery.ALL, file, new org.trustcase.app.ui.support.Progress() {
                    @Override
                    public void update(long done, long total) {
                    }

                    @Override
                    public void message(String text) {
                    }

                    @Override
                    public boolean isCancelled() {
                        return false;
                    }
                });
                System.out.printf(Locale.ROOT, "  %-52s %9.0f ms for %,d rows, one run%n", "CSV export of every case",
                        (System.nanoTime() - start) / 1e6, rows);
                java.nio.file.Files.delete(file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            // a dashboard tile: the cases it counts, as the Cases table opens them (first page, then the count)
            for (org.trustcase.app.ui.cases.CaseListFocus focus : org.trustcase.app.ui.cases.CaseListFocus.values()) {
                CaseQuery focused = CaseQuery.ALL.withClocks(focus.filter(context.clock().instant()));
                report("tile " + focus.code() + ": first page", time(() -> lists.page(focused, 0, 200)), baseline);
                report("tile " + focus.code() + ": count", time(() -> lists.count(focused)), baseline);
            }
            auditLog(context, baseline);
            assignReviewer(context);
            String hash = org.trustcase.persistence.users.Argon2PasswordHasher.STANDARD.hash("benchmark password"
                    .toCharArray());
            report("a password checked (Argon2id, m=19 MiB, t=2)", time(() -> org.trustcase.persistence.users
                    .Argon2PasswordHasher.STANDARD.matches("benchmark password".toCharArray(), hash)), baseline);
            reviewer = baseline;
        }
        // a workspace is opened once per process: the reviewer's context after the DPO's is closed
        reviewersList(dir, reviewer);
    }

    /** The workspace's audit log as the window reads it: the newest page, and pages filtered each way. */
    private static void auditLog(AppContext context, Timing baseline) {
        org.trustcase.model.auditing.AuditService audit = context.audit();
        String someCase = audit.search(org.trustcase.model.audit.AuditQuery.ALL, Long.MAX_VALUE, 1).get(0)
                .caseReference();
        report("audit log, newest page (200 events)", time(() -> audit.search(
                org.trustcase.model.audit.AuditQuery.ALL, Long.MAX_VALUE, 200)), baseline);
        report("audit log, by person (first 200)", time(() -> audit.search(new org.trustcase.model.audit.AuditQuery(
                "benchmark", null, null, null, null), Long.MAX_VALUE, 200)), baseline);
        report("audit log, one rare action (first 200)", time(() -> audit.search(
                new org.trustcase.model.audit.AuditQuery(null, org.trustcase.model.audit.AuditAction.USER_ADDED, null,
                        null, null), Long.MAX_VALUE, 200)), baseline);
        if (someCase != null) {
            report("audit log, one case", time(() -> audit.search(new org.trustcase.model.audit.AuditQuery(null, null,
                    someCase, null, null), Long.MAX_VALUE, 200)), baseline);
        }
    }

    private static final String REVIEWER = "bench.reviewer";

    /** Assigns the benchmark's legal reviewer to 25 open cases (once, by the benchmark's DPO, on the generated workspace). */
    private static void assignReviewer(AppContext context) {
        org.trustcase.model.users.UserService users = context.users();
        if (users.list().stream().noneMatch(account -> account.login().equals(REVIEWER))) {
            users.add(REVIEWER, "Benchmark reviewer", org.trustcase.model.common.Role.LEGAL_REVIEWER,
                    "benchmark password".toCharArray());
            for (org.trustcase.model.caselist.CaseRow row : context.caseLists().page(CaseQuery.open(), 0, 25)) {
                users.assign(row.reference(), REVIEWER);
            }
        }
    }

    /** A legal reviewer's case list, narrowed in the database to the 25 cases assigned to them. */
    private static void reviewersList(Path dir, Timing baseline) {
        String reviewer = REVIEWER;
        try (AppContext theirs = new AppContextFactory(Clock.systemUTC(), new Actor(reviewer, reviewer,
                java.util.Set.of(org.trustcase.model.common.Role.LEGAL_REVIEWER))).open(dir)) {
            CaseListService lists = theirs.caseLists();
            report("reviewer's cases table, first page + count", time(() -> {
                lists.page(CaseQuery.ALL, 0, 200);
                return lists.count(CaseQuery.ALL);
            }), baseline);
            report("reviewer's filter keystroke (\"lap\")", time(() -> lists.page(CaseQuery.ALL.withTerms(
                    CaseFilter.terms("lap", Messages.forLocale(Locale.ENGLISH)::label)), 0, 200)), baseline);
        }
    }

    /** The typed texts whose page came slowest (the worst of their rounds), to see what the p95 is made of. */
    private static void reportSlowest(List<Long> keystrokes) {
        java.util.Map<String, Long> worst = new java.util.HashMap<>();
        for (int i = 0; i < keystrokes.size(); i++) {
            worst.merge(TYPED.get(i % TYPED.size()), keystrokes.get(i), Math::max);
        }
        worst.entrySet().stream().sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed()).limit(4)
                .forEach(e -> System.out.printf(Locale.ROOT, "    slowest: %-20s %9.2f ms%n", "\"" + e.getKey() + "\"",
                        e.getValue() / 1e6));
    }

    private static void keystroke(CaseListService lists, Messages messages, String typed) {
        CaseQuery q = CaseQuery.ALL.withTerms(CaseFilter.terms(typed, messages::label));
        lists.page(q, 0, 200);
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

    private static void report(String what, Timing timing, Timing baseline) {
        System.out.printf(Locale.ROOT, "  %-52s median %9.2f ms  p95 %9.2f ms  (%6.1f x baseline)%n", what,
                timing.median() / 1e6, timing.p95() / 1e6, timing.median() / (double) baseline.median());
    }

    private record Timing(List<Long> nanos) {
        long median() {
            return percentile(50);
        }

        long p95() {
            return percentile(95);
        }

        private long percentile(int p) {
            long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
            Arrays.sort(sorted);
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
        }
    }
}
