package org.trustcase.app.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trustcase.app.AppContext;
import org.trustcase.app.testing.MutableClock;
import org.trustcase.app.testing.TestContexts;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.SameThreadTasks;
import org.trustcase.model.caselist.CaseRow;
import org.trustcase.model.caselist.CaseSort;
import org.trustcase.model.cases.CaseDetails;
import org.trustcase.model.cases.Jurisdiction;

/** The cases screen over a real workspace, its background work run inline. */
class CasesViewModelTest {
    private static final Instant NOW = Instant.parse("2026-04-01T09:00:00Z");
    private AppContext context;
    private CasesViewModel viewModel;
    private final CaseList changes = new CaseList();

    @BeforeEach
    void open() {
        context = TestContexts.workspace(new MutableClock(NOW));
        for (int i = 1; i <= CasesViewModel.PAGE + 30; i++) {
            context.cases().open(CaseDetails.builder().title((i % 2 == 0 ? "Lost laptop " : "Phishing ") + i)
                    .owner(i % 3 == 0 ? "anna" : "bert").awareAt(NOW.minusSeconds(3600L * i))
                    .jurisdictions(List.of(new Jurisdiction("PL"))).build());
        }
        viewModel = new CasesViewModel(context.caseLists(), SameThreadTasks.rethrowing(),
                Messages.forLocale(Locale.ENGLISH), changes, context.clock());
    }

    @AfterEach
    void close() {
        context.close();
    }

    private List<String> titles() {
        return viewModel.rows().stream().map(CaseRow::title).toList();
    }

    @Test
    void theFirstPageIsReadThenMoreAsTheUserScrolls() {
        viewModel.reload();
        assertThat(viewModel.rows()).hasSize(CasesViewModel.PAGE);
        assertThat(viewModel.rows().get(0).reference().sequence()).isEqualTo(CasesViewModel.PAGE + 30);
        assertThat(viewModel.countProperty().get()).isEqualTo("230 of 230 cases");
        viewModel.readMore();
        assertThat(viewModel.rows()).hasSize(CasesViewModel.PAGE + 30);
        viewModel.readMore();
        assertThat(viewModel.rows()).as("nothing more to read").hasSize(CasesViewModel.PAGE + 30);
    }

    @Test
    void typingFiltersInTheDatabaseAndCountsTheMatches() {
        viewModel.queryProperty().set("laptop");
        assertThat(titles()).hasSize(115).allSatisfy(title -> assertThat(title).startsWith("Lost laptop"));
        assertThat(viewModel.countProperty().get()).isEqualTo("115 of 230 cases");
        viewModel.queryProperty().set("laptop anna");
        assertThat(viewModel.countProperty().get()).isEqualTo("38 of 230 cases");
    }

    @Test
    void sortingAsksTheDatabaseForAnotherOrder() {
        viewModel.sortProperty().set(new CasesViewModel.Sort(CaseSort.AWARE_AT, false));
        assertThat(viewModel.rows().get(0).reference().sequence()).isEqualTo(CasesViewModel.PAGE + 30);
        viewModel.sortProperty().set(new CasesViewModel.Sort(CaseSort.TITLE, false));
        assertThat(viewModel.rows().get(0).title()).isEqualTo("Lost laptop 10");
    }

    @Test
    void aChangeAnnouncedByTheWindowReadsTheListAgain() {
        viewModel.reload();
        context.cases().open(CaseDetails.builder().title("Ransomware on the file server").awareAt(NOW).build());
        changes.reload();
        assertThat(viewModel.rows().get(0).title()).isEqualTo("Ransomware on the file server");
        assertThat(viewModel.countProperty().get()).isEqualTo("231 of 231 cases");
    }

    @Test
    void theCasesTheListShowsAreExportedAsCsvInItsOrder(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        viewModel.queryProperty().set("laptop anna");
        java.nio.file.Path file = dir.resolve("cases.csv");
        Messages messages = Messages.forLocale(Locale.ENGLISH);

        viewModel.export(file, new CasesCsv(context.caseLists(), messages,
                new org.trustcase.app.ui.support.TimeText(java.time.ZoneOffset.UTC)));

        List<String> lines = java.nio.file.Files.readAllLines(file);
        assertThat(lines.get(0)).startsWith("\uFEFFReference,Title,Status,Next deadline rule");
        assertThat(lines).hasSize(1 + 38);
        assertThat(lines.get(1)).startsWith("TC-2026-0228,Lost laptop 228,New,");
        assertThat(viewModel.exportNoticeProperty().get()).isEqualTo("Exported 38 cases to " + file);
        assertThat(dir.resolve("cases.csv.part")).doesNotExist();
        // an export is a sensitive read: it is recorded, with how many cases went to which file
        var exported = context.audit().search(new org.trustcase.model.audit.AuditQuery(null,
                org.trustcase.model.audit.AuditAction.CASES_EXPORTED, null, null, null), Long.MAX_VALUE, 5);
        assertThat(exported).singleElement().satisfies(event -> assertThat(event.changes()).containsExactly(
                new org.trustcase.model.audit.FieldChange("cases", null, "38"),
                new org.trustcase.model.audit.FieldChange("file", null, "cases.csv")));
    }

    @Test
    void theStatusFilterNarrowsTheListInTheDatabase() {
        viewModel.reload();
        var first = viewModel.rows().get(0).reference();
        var second = viewModel.rows().get(1).reference();
        context.cases().move(first, null, org.trustcase.model.cases.CaseStatus.TRIAGE, null);
        context.cases().move(second, null, org.trustcase.model.cases.CaseStatus.TRIAGE, null);

        viewModel.statusFilterProperty().set(StatusFilter.TRIAGE);
        assertThat(viewModel.rows()).extracting(CaseRow::reference).containsExactly(first, second);
        assertThat(viewModel.countProperty().get()).isEqualTo("2 of 230 cases");

        viewModel.statusFilterProperty().set(StatusFilter.OPEN);
        assertThat(viewModel.countProperty().get()).isEqualTo("230 of 230 cases");
        viewModel.statusFilterProperty().set(StatusFilter.NOT_A_BREACH);
        assertThat(viewModel.rows()).isEmpty();
    }
}
