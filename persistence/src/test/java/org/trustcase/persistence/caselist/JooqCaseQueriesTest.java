package org.trustcase.persistence.caselist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jooq.DSLContext;
import org.jooq.conf.ParamType;
import org.junit.jupiter.api.io.TempDir;
import org.trustcase.model.caseclocks.IndexedClock;
import org.trustcase.model.caselist.CaseFigures;
import org.trustcase.model.caselist.CaseQuery;
import org.trustcase.model.caselist.CaseRow;
import org.trustcase.model.caselist.CaseSort;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.CaseDetails;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.cases.Jurisdiction;
import org.trustcase.model.deadlines.JurisdictionCoverage;
import org.trustcase.model.caseclocks.IndexedClock;
import org.trustcase.persistence.Workspace;
import org.trustcase.persistence.cases.JooqCaseRepository;
import org.trustcase.persistence.jooq.Tables;
import org.trustcase.persistence.sqlite.SqliteCaseTextSearch;
import org.trustcase.persistence.testing.SampleCases;
import org.trustcase.persistence.tx.SingleConnectionTransactions;

class JooqCaseQueriesTest {
    private static final Instant T = Instant.parse("2026-03-04T11:00:00Z");
    /** Rules for Poland, the United Kingdom and every US state, as a test's own rule coverage. */
    private static final JurisdictionCoverage COVERAGE = new JurisdictionCoverage(Set.of("PL", "GB"), Set.of("US"));

    @TempDir
    Path dir;
    private Workspace workspace;

    @BeforeEach
    void create() {
        workspace = Workspace.create(dir);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private <T> T tx(Supplier<T> work) {
        return workspace.transactions().inTransaction(work);
    }

    private BreachCase insert(int seq, String title, String owner, CaseStatus status, Instant aware, String... codes) {
        List<Jurisdiction> jurisdictions = new ArrayList<>();
        for (String code : codes) {
            jurisdictions.add(new Jurisdiction(code));
        }
        CaseDetails details = SampleCases.requiredOnly().toBuilder().title(title).owner(owner).awareAt(aware)
                .jurisdictions(jurisdictions).build();
        return tx(() -> workspace.cases().insert(new CaseReference(2026, seq), details, status, T));
    }

    private List<String> refs(CaseQuery query) {
        return tx(() -> workspace.caseQueries().page(query, 0, 100)).stream().map(r -> r.reference().toString())
                .toList();
    }

    private static CaseQuery words(String... words) {
        List<CaseQuery.Term> terms = new ArrayList<>();
        for (String w : words) {
            terms.add(new CaseQuery.Term(w, Set.of()));
        }
        return CaseQuery.ALL.withTerms(terms);
    }

    @Test
    void everyWordMustOccurInReferenceTitleOwnerOrAJurisdictionIgnoringCase() {
        insert(1, "Lost USB stick", "anna", CaseStatus.NEW, T, "PL");
        insert(2, "Phishing of payroll", "Bert", CaseStatus.TRIAGE, T, "DE", "US-CA");
        insert(3, "Stolen laptop", "anna", CaseStatus.CLOSED, T);

        assertThat(refs(words("usb"))).containsExactly("TC-2026-0001");
        assertThat(refs(words("ANNA"))).containsExactly("TC-2026-0003", "TC-2026-0001");
        assertThat(refs(words("anna", "stolen"))).containsExactly("TC-2026-0003");
        assertThat(refs(words("us-ca"))).containsExactly("TC-2026-0002");
        assertThat(refs(words("0002"))).containsExactly("TC-2026-0002");
        assertThat(refs(words("nothing-like-this"))).isEmpty();
        // LIKE wildcards typed by the user are plain characters
        assertThat(refs(words("%"))).isEmpty();
        assertThat(refs(words("_"))).isEmpty();
        assertThat(tx(() -> workspace.caseQueries().count(words("anna")))).isEqualTo(2);
    }

    @Test
    void wordsMatchIgnoringDiacriticsBothWays() {
        insert(1, "Laptop stolen in Gdańsk", "Piotr Zieliński", CaseStatus.NEW, T, "PL");
        insert(2, "Phishing in Lodz", "Anna Nowak", CaseStatus.NEW, T, "PL");
        insert(3, "Server room flooded in Wrocław", "Michał Wójcik", CaseStatus.NEW, T, "PL");

        assertThat(refs(words("zielinski"))).containsExactly("TC-2026-0001");
        assertThat(refs(words("GDANSK"))).containsExactly("TC-2026-0001");
        assertThat(refs(words("łódź"))).as("a word typed with diacritics finds the text without")
                .containsExactly("TC-2026-0002");
        assertThat(tx(() -> workspace.caseQueries().count(words("zieliński")))).isEqualTo(1);
        assertThat(refs(words("wroclaw", "michal"))).as("letters Unicode does not decompose").containsExactly("TC-2026-0003");
        var edited = tx(() -> workspace.cases().find(new CaseReference(2026, 2))).orElseThrow();
        tx(() -> workspace.cases().update(edited.withDetails(edited.details().toBuilder().owner("Paweł Łukasik").build(), T)));
        assertThat(refs(words("pawel lukasik"))).as("an edit is folded too").containsExactly("TC-2026-0002");
    }

    @Test
    void theTextIndexFollowsEditsOfTitleOwnerAndJurisdictions() {
        BreachCase c = insert(1, "Lost USB stick", "anna", CaseStatus.NEW, T, "PL");
        assertThat(refs(words("usb stick"))).containsExactly("TC-2026-0001");
        tx(() -> workspace.cases().update(c.withDetails(c.details().toBuilder().title("Stolen laptop").owner("bert")
                .jurisdictions(List.of(new Jurisdiction("US-CA"))).build(), T)));
        assertThat(refs(words("usb"))).isEmpty();
        assertThat(refs(words("anna"))).isEmpty();
        assertThat(refs(words("stolen lap"))).containsExactly("TC-2026-0001");
        assertThat(refs(words("bert"))).containsExactly("TC-2026-0001");
        assertThat(refs(words("us-ca"))).containsExactly("TC-2026-0001");
        assertThat(refs(words("pl"))).isEmpty();
        // a quote typed by the user is a character, not query syntax
        assertThat(refs(words("\"lap"))).isEmpty();
    }

    @Test
    void theTextIndexFollowsEachKindOfEditOnItsOwnAndSurvivesUpdatesThatChangeNeither() {
        BreachCase c = insert(1, "Lost USB stick", "anna", CaseStatus.NEW, T, "PL", "DE");
        // a status move writes every column with its old value: the document stays as it was
        BreachCase moved = tx(() -> workspace.cases().update(c.withStatus(CaseStatus.TRIAGE, null, T)));
        assertThat(refs(words("usb", "anna", "pl", "de"))).containsExactly("TC-2026-0001");
        // only the jurisdictions change, in a new order
        BreachCase reordered = tx(() -> workspace.cases().update(moved.withDetails(moved.details().toBuilder()
                .jurisdictions(List.of(new Jurisdiction("FR"), new Jurisdiction("PL"))).build(), T)));
        assertThat(refs(words("usb", "fr", "pl"))).containsExactly("TC-2026-0001");
        assertThat(refs(words("de"))).isEmpty();
        assertThat(tx(() -> workspace.cases().find(c.reference())).orElseThrow().details().jurisdictions())
                .extracting(Jurisdiction::code).containsExactly("FR", "PL");
        // only the title changes: the jurisdictions stay in the document
        tx(() -> workspace.cases().update(reordered.withDetails(reordered.details().toBuilder()
                .title("Stolen laptop").build(), T)));
        assertThat(refs(words("stolen", "fr", "pl", "anna"))).containsExactly("TC-2026-0001");
        assertThat(refs(words("usb"))).isEmpty();
    }

    @Test
    void wordsShorterThanTheIndexNeedsAreFoundByReadingTheColumns() {
        insert(1, "Lost USB stick", "anna", CaseStatus.NEW, T, "PL");
        insert(2, "Fax", "zed", CaseStatus.NEW, T, "DE");
        assertThat(refs(words("pl"))).containsExactly("TC-2026-0001");
        assertThat(refs(words("fa"))).containsExactly("TC-2026-0002");
        assertThat(refs(words("x"))).containsExactly("TC-2026-0002");
    }

    @Test
    void aTermAlsoMatchesTheStatusesItNames() {
        insert(1, "Lost USB stick", "anna", CaseStatus.NEW, T);
        insert(2, "Phishing", "bert", CaseStatus.TRIAGE, T);
        CaseQuery triage = CaseQuery.ALL.withTerms(List.of(new CaseQuery.Term("tria", EnumSet.of(CaseStatus.TRIAGE))));
        assertThat(refs(triage)).containsExactly("TC-2026-0002");
    }

    @Test
    void aPageOfACommonStatusWalksTheListIndexAndARareStatusIsCollectedAlongItsOwn() {
        int common = 50;
        JooqCaseQueries queries = new JooqCaseQueries((SingleConnectionTransactions) workspace.transactions(),
                new JooqCaseRepository((SingleConnectionTransactions) workspace.transactions()),
                new SqliteCaseTextSearch(), common);
        CaseDetails details = SampleCases.requiredOnly().toBuilder().title("Lost USB stick").build();
        tx(() -> {
            for (int seq = 1; seq <= common; seq++) {
                workspace.cases().insert(new CaseReference(2026, seq), details, CaseStatus.INVESTIGATING, T);
            }
            return null;
        });
        insert(common + 1, "Phishing", "bert", CaseStatus.TRIAGE, T);
        insert(common + 2, "Invoice sent to the wrong client", "bert", CaseStatus.NEW, T);
        CaseQuery investigating = CaseQuery.ALL
                .withTerms(List.of(new CaseQuery.Term("inv", EnumSet.of(CaseStatus.INVESTIGATING))));
        CaseQuery triage = CaseQuery.ALL.withTerms(List.of(new CaseQuery.Term("tria", EnumSet.of(CaseStatus.TRIAGE))));

        // many matches: read in the list's order, stopping at the page's end, instead of sorting them all
        assertThat(plan(queries, investigating)).doesNotContain("TEMP B-TREE");
        List<String> page = tx(() -> queries.page(investigating, 0, 10)).stream()
                .map(r -> r.reference().toString()).toList();
        assertThat(page).hasSize(10).startsWith("TC-2026-0052", "TC-2026-0050", "TC-2026-0049");
        // one match: found along the status index, not by reading every case
        assertThat(plan(queries, triage)).contains("MULTI-INDEX OR");
        assertThat(tx(() -> queries.page(triage, 0, 10))).extracting(r -> r.reference().toString())
                .containsExactly("TC-2026-0051");
        assertThat(tx(() -> queries.count(investigating))).isEqualTo(common + 1L);
    }

    @Test
    void statusOwnerAndJurisdictionFiltersNarrowTheList() {
        insert(1, "A", "anna", CaseStatus.NEW, T, "PL");
        insert(2, "B", "bert", CaseStatus.CLOSED, T, "PL");
        insert(3, "C", "anna", CaseStatus.INVESTIGATING, T, "DE");
        assertThat(refs(CaseQuery.open())).containsExactly("TC-2026-0003", "TC-2026-0001");
        assertThat(refs(CaseQuery.ALL.withOwner("anna"))).containsExactly("TC-2026-0003", "TC-2026-0001");
        assertThat(refs(CaseQuery.ALL.withJurisdiction("PL"))).containsExactly("TC-2026-0002", "TC-2026-0001");
        assertThat(tx(() -> workspace.caseQueries().count(CaseQuery.open()))).isEqualTo(2);
    }

    @Test
    void pagesFollowTheSortAndBreakTiesByReferenceInTheSameDirection() {
        insert(1, "b", "zed", CaseStatus.TRIAGE, Instant.parse("2026-03-01T00:00:00Z"));
        insert(2, "a", null, CaseStatus.NEW, Instant.parse("2026-03-03T00:00:00Z"));
        insert(3, "b", "amy", CaseStatus.CLOSED, Instant.parse("2026-03-02T00:00:00Z"));
        assertThat(refs(CaseQuery.ALL)).containsExactly("TC-2026-0003", "TC-2026-0002", "TC-2026-0001");
        assertThat(refs(CaseQuery.ALL.sortedBy(CaseSort.REFERENCE, false)))
                .containsExactly("TC-2026-0001", "TC-2026-0002", "TC-2026-0003");
        // ties follow the direction of the sort: one index gives the whole order
        assertThat(refs(CaseQuery.ALL.sortedBy(CaseSort.TITLE, false)))
                .containsExactly("TC-2026-0002", "TC-2026-0001", "TC-2026-0003");
        assertThat(refs(CaseQuery.ALL.sortedBy(CaseSort.TITLE, true)))
                .containsExactly("TC-2026-0003", "TC-2026-0001", "TC-2026-0002");
        assertThat(refs(CaseQuery.ALL.sortedBy(CaseSort.STATUS, false)))
                .containsExactly("TC-2026-0002", "TC-2026-0001", "TC-2026-0003");
        assertThat(refs(CaseQuery.ALL.sortedBy(CaseSort.AWARE_AT, true)))
                .containsExactly("TC-2026-0002", "TC-2026-0003", "TC-2026-0001");
        assertThat(refs(CaseQuery.ALL.sortedBy(CaseSort.OWNER, false)))
                .containsExactly("TC-2026-0002", "TC-2026-0003", "TC-2026-0001");
        assertThat(tx(() -> workspace.caseQueries().page(CaseQuery.ALL, 1, 1))).extracting(r -> r.reference().toString())
                .containsExactly("TC-2026-0002");
    }

    @Test
    void byStatusTheWorkflowOrderInBothDirectionsWithTiesByReferenceInTheSameDirection() {
        insert(1, "a", null, CaseStatus.CLOSED, T);
        insert(2, "b", null, CaseStatus.NOTIFYING, T);
        insert(3, "c", null, CaseStatus.NEW, T);
        insert(4, "d", null, CaseStatus.NOT_A_BREACH, T);
        BreachCase moved = insert(5, "e", null, CaseStatus.NEW, T);
        insert(6, "f", null, CaseStatus.TRIAGE, T);
        insert(7, "g", null, CaseStatus.NEW, T);
        tx(() -> workspace.cases().update(moved.withStatus(CaseStatus.INVESTIGATING, null, T)));

        assertThat(refs(CaseQuery.ALL.sortedBy(CaseSort.STATUS, false))).containsExactly("TC-2026-0003",
                "TC-2026-0007", "TC-2026-0006", "TC-2026-0005", "TC-2026-0002", "TC-2026-0001", "TC-2026-0004");
        assertThat(refs(CaseQuery.ALL.sortedBy(CaseSort.STATUS, true))).containsExactly("TC-2026-0004",
                "TC-2026-0001", "TC-2026-0002", "TC-2026-0005", "TC-2026-0006", "TC-2026-0007", "TC-2026-0003");
    }

    @Test
    void byNextDeadlineTiesComeNewestFirstAndCasesWithoutOneLastInBothDirections() {
        Instant first = Instant.parse("2026-03-05T09:00:00Z");
        Instant second = Instant.parse("2026-03-06T09:00:00Z");
        for (int seq = 1; seq <= 5; seq++) {
            insert(seq, "case " + seq, null, CaseStatus.NEW, T);
        }
        clocks(1, new IndexedClock("GDPR-SA", true, true, second));
        clocks(2, new IndexedClock("GDPR-SA", true, true, first), new IndexedClock("GDPR-DS", true, false, second));
        clocks(3, new IndexedClock("GDPR-DS", false, false, null));
        clocks(4, new IndexedClock("NIS2-EW", true, true, second));

        CaseQuery ascending = CaseQuery.ALL.sortedBy(CaseSort.NEXT_DEADLINE, false);
        CaseQuery descending = CaseQuery.ALL.sortedBy(CaseSort.NEXT_DEADLINE, true);
        assertThat(refs(ascending)).containsExactly("TC-2026-0002", "TC-2026-0004", "TC-2026-0001", "TC-2026-0005",
                "TC-2026-0003");
        assertThat(refs(descending)).containsExactly("TC-2026-0004", "TC-2026-0001", "TC-2026-0002", "TC-2026-0005",
                "TC-2026-0003");

        // the order follows the deadline index as it changes: a case loses its clock, another gains the earliest
        clocks(2);
        clocks(5, new IndexedClock("GDPR-SA", true, true, first.minusSeconds(60)));
        assertThat(refs(ascending)).containsExactly("TC-2026-0005", "TC-2026-0004", "TC-2026-0001", "TC-2026-0003",
                "TC-2026-0002");
        assertThat(refs(descending)).containsExactly("TC-2026-0004", "TC-2026-0001", "TC-2026-0005", "TC-2026-0003",
                "TC-2026-0002");

        tx(() -> {
            workspace.clockIndex().clear();
            return null;
        });
        assertThat(refs(ascending)).containsExactly("TC-2026-0005", "TC-2026-0004", "TC-2026-0003", "TC-2026-0002",
                "TC-2026-0001");
    }

    @Test
    void theNextDeadlineSortKeysFollowAnyWriteOfTheNextClock() {
        Instant due = Instant.parse("2026-03-06T09:00:00Z");
        insert(1, "a", null, CaseStatus.NEW, T);
        insert(2, "b", null, CaseStatus.NEW, T);
        clocks(1, new IndexedClock("GDPR-SA", true, true, due));
        clocks(2, new IndexedClock("GDPR-SA", true, true, due.plusSeconds(3600)));
        CaseQuery ascending = CaseQuery.ALL.sortedBy(CaseSort.NEXT_DEADLINE, false);
        assertThat(refs(ascending)).containsExactly("TC-2026-0001", "TC-2026-0002");

        tx(() -> dsl().update(Tables.CASE_NEXT_CLOCK).set(Tables.CASE_NEXT_CLOCK.DUE_AT, due.minusSeconds(3600))
                .where(Tables.CASE_NEXT_CLOCK.CASE_ID.eq(id(2))).execute());
        assertThat(refs(ascending)).containsExactly("TC-2026-0002", "TC-2026-0001");

        // case 1's next clock goes, case 2's is moved over to case 1
        tx(() -> dsl().deleteFrom(Tables.CASE_NEXT_CLOCK).where(Tables.CASE_NEXT_CLOCK.CASE_ID.eq(id(1))).execute());
        tx(() -> dsl().update(Tables.CASE_NEXT_CLOCK).set(Tables.CASE_NEXT_CLOCK.CASE_ID, id(1))
                .where(Tables.CASE_NEXT_CLOCK.CASE_ID.eq(id(2))).execute());
        assertThat(refs(ascending)).containsExactly("TC-2026-0001", "TC-2026-0002");
        assertThat(refs(CaseQuery.ALL.sortedBy(CaseSort.NEXT_DEADLINE, true)))
                .containsExactly("TC-2026-0001", "TC-2026-0002");
    }

    @Test
    void everySortReadsAnIndexInBothDirectionsInsteadOfSortingEveryCase() {
        for (int seq = 1; seq <= 3; seq++) {
            insert(seq, "case " + seq, "anna", CaseStatus.NEW, T);
        }
        for (CaseSort sort : CaseSort.values()) {
            for (boolean descending : new boolean[] {false, true}) {
                String plan = plan(CaseQuery.ALL.sortedBy(sort, descending));
                assertThat(plan).as("%s %s", sort, descending ? "descending" : "ascending")
                        .contains("INDEX").doesNotContain("TEMP B-TREE");
            }
        }
        assertThat(plan(CaseQuery.ALL.sortedBy(CaseSort.STATUS, true))).contains("breach_case_status_rank_order_idx");
        assertThat(plan(CaseQuery.ALL.sortedBy(CaseSort.NEXT_DEADLINE, false)))
                .contains("breach_case_next_due_asc_order_idx");
        assertThat(plan(CaseQuery.ALL.sortedBy(CaseSort.NEXT_DEADLINE, true)))
                .contains("breach_case_next_due_desc_order_idx");
    }

    private void clocks(int seq, IndexedClock... clocks) {
        tx(() -> {
            workspace.clockIndex().replace(new CaseReference(2026, seq), List.of(clocks));
            return null;
        });
    }

    private long id(int seq) {
        return tx(() -> workspace.cases().require(new CaseReference(2026, seq))).id();
    }

    private DSLContext dsl() {
        return ((SingleConnectionTransactions) workspace.transactions()).dsl("the test");
    }

    /** What SQLite plans for the ids of a list's first page. */
    private String plan(CaseQuery query) {
        return plan((JooqCaseQueries) workspace.caseQueries(), query);
    }

    private String plan(JooqCaseQueries queries, CaseQuery query) {
        return tx(() -> {
            String sql = queries.pageIds(dsl(), query, 0, 200)
                    .getSQL(ParamType.INLINED);
            return dsl().fetch("EXPLAIN QUERY PLAN " + sql).stream().map(row -> row.get("detail", String.class))
                    .collect(Collectors.joining("\n"));
        });
    }

    @Test
    void aRowCarriesTheNextDeadlineAndTheJurisdictionsInTheirOrder() {
        BreachCase a = insert(1, "A", "anna", CaseStatus.NEW, T, "US-CA", "PL");
        BreachCase b = insert(2, "B", "anna", CaseStatus.NEW, T);
        Instant soon = Instant.parse("2026-03-07T11:00:00Z");
        tx(() -> {
            workspace.clockIndex().replace(a.reference(), List.of(
                    new IndexedClock("GDPR-SA", true, true, soon.plusSeconds(3600)),
                    new IndexedClock("CCPA-AG", true, true, soon),
                    new IndexedClock("GDPR-DS", false, true, null)));
            return null;
        });
        CaseRow row = tx(() -> workspace.caseQueries().page(CaseQuery.ALL.sortedBy(CaseSort.NEXT_DEADLINE, false), 0, 2))
                .get(0);
        assertThat(row.reference()).isEqualTo(a.reference());
        assertThat(row.nextRuleId()).isEqualTo("CCPA-AG");
        assertThat(row.nextDueAt()).isEqualTo(soon);
        assertThat(row.jurisdictions()).isEqualTo("US-CA, PL");
        // a case with no running clock comes last, whichever the direction
        assertThat(refs(CaseQuery.ALL.sortedBy(CaseSort.NEXT_DEADLINE, true))).containsExactly("TC-2026-0001",
                "TC-2026-0002");
        assertThat(b.reference()).isNotNull();
    }

    @Test
    void forEachHandsOverWholeCasesInTheListOrderAcrossBatches() {
        int n = JooqCaseQueries.BATCH + 7;
        for (int i = 1; i <= n; i++) {
            insert(i, "case " + i, "anna", i % 2 == 0 ? CaseStatus.NEW : CaseStatus.CLOSED, T, "PL");
        }
        List<BreachCase> seen = new ArrayList<>();
        tx(() -> {
            workspace.caseQueries().forEach(CaseQuery.ALL, seen::add);
            return null;
        });
        assertThat(seen).hasSize(n);
        assertThat(seen.get(0).reference()).isEqualTo(new CaseReference(2026, n));
        assertThat(seen.get(n - 1).reference()).isEqualTo(new CaseReference(2026, 1));
        assertThat(seen).allSatisfy(c -> assertThat(c.details().jurisdictions()).extracting(Jurisdiction::code)
                .containsExactly("PL"));
    }

    @Test
    void figuresCountOpenStatusesAndOnlyThisYearsOpeningsAndClosings() {
        Instant lastYear = Instant.parse("2025-06-01T00:00:00Z");
        Instant thisYear = Instant.parse("2026-02-01T00:00:00Z");
        Instant yearStart = Instant.parse("2026-01-01T00:00:00Z");
        Instant yearEnd = Instant.parse("2027-01-01T00:00:00Z");
        CaseDetails d = SampleCases.requiredOnly();
        tx(() -> {
            var cases = workspace.cases();
            cases.insert(new CaseReference(2025, 1), d, CaseStatus.NEW, lastYear);
            BreachCase closedLastYear = cases.insert(new CaseReference(2025, 2), d, CaseStatus.NEW, lastYear);
            cases.update(closedLastYear.withStatus(CaseStatus.CLOSED, null, lastYear));
            BreachCase closedThisYear = cases.insert(new CaseReference(2025, 3), d, CaseStatus.NEW, lastYear);
            cases.update(closedThisYear.withStatus(CaseStatus.NOT_A_BREACH, "no data", thisYear));
            cases.insert(new CaseReference(2026, 1), d, CaseStatus.TRIAGE, thisYear);
            cases.insert(new CaseReference(2026, 2), d, CaseStatus.TRIAGE, thisYear);
            return null;
        });
        CaseFigures figures = tx(() -> workspace.caseQueries().figures(thisYear, yearStart, yearEnd, COVERAGE));
        assertThat(figures.openByStatus()).isEqualTo(Map.of(CaseStatus.NEW, 1L, CaseStatus.TRIAGE, 2L,
                CaseStatus.INVESTIGATING, 0L, CaseStatus.NOTIFYING, 0L));
        assertThat(figures.openedInYear()).isEqualTo(2);
        // closed last year does not count, closed this year does
        assertThat(figures.closedInYear()).isEqualTo(1);
        assertThat(figures.recentlyAware()).hasSize(3);
        CaseFigures lastYearFigures = tx(() -> workspace.caseQueries().figures(lastYear,
                Instant.parse("2025-01-01T00:00:00Z"), yearStart, COVERAGE));
        assertThat(lastYearFigures.openedInYear()).isEqualTo(3);
        assertThat(lastYearFigures.closedInYear()).isEqualTo(1);
    }

    @Test
    void openCasesWithoutJurisdictionOrWithOnlyUncoveredOnesAreCountedAsHavingNoClock() {
        Instant yearStart = Instant.parse("2026-01-01T00:00:00Z");
        Instant yearEnd = Instant.parse("2027-01-01T00:00:00Z");
        insert(1, "no jurisdiction", "ann", CaseStatus.NEW, T);
        insert(2, "only uncovered", "ann", CaseStatus.TRIAGE, T, "KR", "JP");
        insert(3, "partly covered", "ann", CaseStatus.TRIAGE, T, "KR", "PL");
        insert(4, "covered exactly", "ann", CaseStatus.INVESTIGATING, T, "GB");
        insert(5, "covered as a subdivision", "ann", CaseStatus.NOTIFYING, T, "US-TX");
        insert(6, "closed without jurisdiction", "ann", CaseStatus.CLOSED, T);
        insert(7, "a country whose subdivisions are covered is not one of them", "ann", CaseStatus.NEW, T, "US");

        CaseFigures figures = tx(() -> workspace.caseQueries().figures(T, yearStart, yearEnd, COVERAGE));

        assertThat(figures.openWithoutClock()).isEqualTo(3);
        assertThat(tx(() -> workspace.caseQueries().figures(T, yearStart, yearEnd,
                new JurisdictionCoverage(Set.of(), Set.of()))).openWithoutClock()).isEqualTo(6);
    }

    @Test
    void aListNarrowedByLegalClocksShowsTheCasesBehindTheDashboardsFigures() {
        BreachCase overdue = insert(1, "overdue legal", "ann", CaseStatus.TRIAGE, T, "PL");
        BreachCase soon = insert(2, "due within a day", "ann", CaseStatus.TRIAGE, T, "PL");
        BreachCase later = insert(3, "due in two days", "ann", CaseStatus.TRIAGE, T, "PL");
        BreachCase target = insert(4, "only a target overdue", "ann", CaseStatus.TRIAGE, T, "PL");
        insert(5, "no clock", "ann", CaseStatus.NEW, T);
        tx(() -> {
            var index = workspace.clockIndex();
            index.replace(overdue.reference(), List.of(new IndexedClock("GDPR-SA", true, true, T.minusSeconds(60)),
                    new IndexedClock("GDPR-DS", true, false, T.plusSeconds(3600))));
            index.replace(soon.reference(), List.of(new IndexedClock("GDPR-SA", true, true, T.plusSeconds(3600))));
            index.replace(later.reference(), List.of(new IndexedClock("GDPR-SA", true, true, T.plusSeconds(48 * 3600))));
            index.replace(target.reference(), List.of(new IndexedClock("GDPR-DS", true, false, T.minusSeconds(60))));
            return null;
        });

        assertThat(refs(CaseQuery.ALL.withClocks(new CaseQuery.LegalDue(null, T)))).containsExactly("TC-2026-0001");
        assertThat(refs(CaseQuery.ALL.withClocks(new CaseQuery.LegalDue(T, T.plusSeconds(24 * 3600)))))
                .containsExactly("TC-2026-0002");
        assertThat(refs(CaseQuery.ALL.withClocks(new CaseQuery.LegalDue(T, T.plusSeconds(72 * 3600)))))
                .containsExactly("TC-2026-0003", "TC-2026-0002");
        assertThat(refs(CaseQuery.ALL.withClocks(new CaseQuery.NoClock(COVERAGE)))).containsExactly("TC-2026-0005");
        assertThat(tx(() -> workspace.caseQueries().count(CaseQuery.ALL.withClocks(new CaseQuery.LegalDue(null, T)))))
                .isEqualTo(1);
    }

    @Test
    void aReopenedCaseIsNoLongerCountedAsClosed() {
        Instant yearStart = Instant.parse("2026-01-01T00:00:00Z");
        Instant yearEnd = Instant.parse("2027-01-01T00:00:00Z");
        tx(() -> {
            BreachCase c = workspace.cases().insert(new CaseReference(2026, 1), SampleCases.requiredOnly(),
                    CaseStatus.NEW, T);
            c = workspace.cases().update(c.withStatus(CaseStatus.CLOSED, null, T));
            workspace.cases().update(c.withStatus(CaseStatus.TRIAGE, "new facts", T));
            return null;
        });
        assertThat(tx(() -> workspace.caseQueries().figures(T, yearStart, yearEnd, COVERAGE)).closedInYear()).isZero();
    }
}
