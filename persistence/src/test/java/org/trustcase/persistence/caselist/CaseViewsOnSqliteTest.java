package org.trustcase.persistence.caselist;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustcase.model.assessment.Assessment;
import org.trustcase.model.caselist.CaseQuery;
import org.trustcase.model.caselist.CaseRow;
import org.trustcase.model.caselist.SavedView;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.severity.DataType;
import org.trustcase.model.severity.IdentificationEase;
import org.trustcase.model.severity.SeverityBand;
import org.trustcase.model.severity.SeverityInputs;
import org.trustcase.model.severity.SeverityMethod;
import org.trustcase.model.tasks.CaseNote;
import org.trustcase.persistence.Workspace;
import org.trustcase.persistence.testing.SampleCases;

/**
 * The cases table's filters by severity band and by words of the investigation, on a real workspace file, combined
 * with the others; and each person's saved views.
 */
class CaseViewsOnSqliteTest {
    private static final Instant T = Instant.parse("2026-04-01T09:00:00Z");

    @TempDir
    Path dir;
    private Workspace workspace;
    private CaseReference high;
    private CaseReference low;
    private CaseReference unassessed;

    @BeforeEach
    void create() {
        workspace = Workspace.create(dir);
        high = insert(1, "Ransomware on the file server");
        low = insert(2, "Letter to the wrong address");
        unassessed = insert(3, "Lost phone");
        assess(high, DataType.SENSITIVE, IdentificationEase.MAXIMUM, "0.5");
        assess(low, DataType.SIMPLE, IdentificationEase.NEGLIGIBLE, "0");
        note(high, "Backups were encrypted too; ransom note names Akira");
        note(unassessed, "The phone had no PIN; akira is the owner's cat");
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private CaseReference insert(int seq, String title) {
        return tx(() -> workspace.cases().insert(new CaseReference(2026, seq), SampleCases.requiredOnly().toBuilder()
                .title(title).build(), CaseStatus.NEW, T).reference());
    }

    private void assess(CaseReference ref, DataType type, IdentificationEase ease, String cb) {
        SeverityInputs inputs = new SeverityInputs(type, List.of(), ease, new BigDecimal(cb), BigDecimal.ZERO,
                BigDecimal.ZERO, false);
        tx(() -> {
            workspace.assessments().insert(new Assessment(ref, 1, "dpo", T, inputs,
                    SeverityMethod.standard().score(inputs), null));
            return null;
        });
    }

    private void note(CaseReference ref, String text) {
        tx(() -> workspace.notes().add(new CaseNote(0, ref, text, List.of(), "julia", T, 0)));
    }

    private List<CaseReference> listed(CaseQuery query) {
        return tx(() -> workspace.caseQueries().page(query, 0, 50)).stream().map(CaseRow::reference).toList();
    }

    @Test
    void theBandsAndTheInvestigationsWordsCombineWithTheOtherFilters() {
        SeverityBand highBand = tx(() -> workspace.assessments().latest(List.of(high))).get(high).result().band();
        SeverityBand lowBand = tx(() -> workspace.assessments().latest(List.of(low))).get(low).result().band();
        assertThat(highBand).isNotEqualTo(lowBand);

        assertThat(listed(CaseQuery.ALL.withBands(Set.of(highBand)))).containsExactly(high);
        assertThat(listed(CaseQuery.ALL.withBands(Set.of(highBand, lowBand)))).containsExactly(low, high);
        assertThat(listed(CaseQuery.ALL.withMentions(List.of("akir")))).containsExactly(unassessed, high);
        assertThat(listed(CaseQuery.ALL.withMentions(List.of("akira", "backup")))).containsExactly(high);
        // the words may be in different documents of the case
        tx(() -> workspace.tasks().add(new org.trustcase.model.tasks.CaseTask(0, unassessed, 1, null,
                "Wipe the phone remotely", null, null, null, null, org.trustcase.model.tasks.TaskStatus.OPEN, null,
                "julia", T, null, null)));
        assertThat(listed(CaseQuery.ALL.withMentions(List.of("akira", "wipe")))).containsExactly(unassessed);
        assertThat(listed(CaseQuery.ALL.withMentions(List.of("akira")).withBands(Set.of(highBand))))
                .containsExactly(high);
        assertThat(listed(CaseQuery.ALL.withMentions(List.of("akira")).withBands(Set.of(lowBand)))).isEmpty();
        assertThat(tx(() -> workspace.caseQueries().count(CaseQuery.ALL.withMentions(List.of("ransom"))))).isEqualTo(1);
    }

    @Test
    void savedViewsAreEachPersonsAndSavedAgainInPlace() {
        tx(() -> {
            workspace.savedViews().save(new SavedView("julia", "Overdue", Map.of("overdue", "true"), T));
            workspace.savedViews().save(new SavedView("julia", "Overdue", Map.of("overdue", "true", "bands", "high"),
                    T.plusSeconds(60)));
            workspace.savedViews().save(new SavedView("ewa", "Overdue", Map.of(), T));
            return null;
        });
        List<SavedView> julias = tx(() -> workspace.savedViews().list("julia"));
        assertThat(julias).containsExactly(new SavedView("julia", "Overdue", Map.of("overdue", "true", "bands", "high"),
                T.plusSeconds(60)));
        assertThat(tx(() -> workspace.savedViews().delete("julia", "Overdue"))).isTrue();
        assertThat(tx(() -> workspace.savedViews().delete("julia", "Overdue"))).isFalse();
        assertThat(tx(() -> workspace.savedViews().list("ewa"))).hasSize(1);
    }

    private <T> T tx(Supplier<T> work) {
        return workspace.transactions().inTransaction(work::get);
    }
}
