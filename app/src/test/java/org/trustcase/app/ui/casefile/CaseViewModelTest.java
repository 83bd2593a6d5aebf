package org.trustcase.app.ui.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.trustcase.app.AppContext;
import org.trustcase.app.testing.MutableClock;
import org.trustcase.app.testing.TestContexts;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.SameThreadTasks;
import org.trustcase.app.ui.support.TimeText;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.CaseDetails;
import org.trustcase.model.cases.CaseField;
import org.trustcase.model.cases.CaseStatus;

/** The case view's view model without a window: the use cases on a real workspace, the work run inline. */
class CaseViewModelTest {
    private static final Instant NOW = Instant.parse("2026-03-30T10:00:00Z");

    private final MutableClock clock = new MutableClock(NOW);
    private final AppContext context = TestContexts.workspace(clock);
    private final AtomicInteger casesChanged = new AtomicInteger();
    private final BreachCase breachCase = context.cases().open(CaseDetails.builder()
            .title("Misdirected parcel with patient letters").awareAt(NOW.minusSeconds(3600)).build());
    private final CaseViewModel viewModel = new CaseViewModel(context.cases(), context.audit(), context.clocks().engine()::coverage, c -> java.util.List.of(),
            SameThreadTasks.rethrowing(), Messages.forLocale(Locale.ENGLISH), new TimeText(ZoneOffset.UTC), clock,
            casesChanged::incrementAndGet, breachCase.reference());

    @AfterEach
    void close() {
        context.close();
    }

    private WorkflowAction action(CaseStatus target) {
        return viewModel.actions().stream().filter(action -> action.target() == target).findFirst().orElseThrow();
    }

    @Test
    void readsTheCaseItsMovesAndItsAuditEvents() {
        viewModel.load();

        assertThat(viewModel.breachCaseProperty().get().status()).isEqualTo(CaseStatus.NEW);
        assertThat(viewModel.actions()).extracting(WorkflowAction::target)
                .contains(CaseStatus.TRIAGE, CaseStatus.NOT_A_BREACH);
        assertThat(viewModel.events()).isNotEmpty();
        assertThat(viewModel.form().text(CaseField.TITLE).get()).isEqualTo("Misdirected parcel with patient letters");
    }

    @Test
    void aMoveIsStoredAndTheCaseListIsToldAGuardsRefusalBecomesANotice() {
        viewModel.load();
        viewModel.move(action(CaseStatus.TRIAGE), null);

        assertThat(viewModel.breachCaseProperty().get().status()).isEqualTo(CaseStatus.TRIAGE);
        assertThat(context.cases().get(breachCase.reference()).status()).isEqualTo(CaseStatus.TRIAGE);
        assertThat(casesChanged).hasValue(1);
        assertThat(viewModel.workingProperty().get()).isFalse();

        viewModel.move(action(CaseStatus.INVESTIGATING), null);

        assertThat(viewModel.noticeProperty().get())
                .isEqualTo("The case was not moved: cannot start the investigation: no owner assigned");
        assertThat(viewModel.breachCaseProperty().get().status()).isEqualTo(CaseStatus.TRIAGE);
        assertThat(casesChanged).hasValue(1);
    }

    @Test
    void savingTheFormStoresTheEdits() {
        viewModel.load();
        viewModel.form().text(CaseField.OWNER).set("Anna Kowalska");
        assertThat(viewModel.canSaveProperty().get()).isTrue();

        viewModel.save();

        assertThat(context.cases().get(breachCase.reference()).details().owner()).isEqualTo("Anna Kowalska");
        assertThat(viewModel.canSaveProperty().get()).isFalse();
        assertThat(casesChanged).hasValue(1);
    }

    @Test
    void savingBeforeLeavingLeavesOnlyOnceTheEditsAreStored() {
        viewModel.load();
        viewModel.form().text(CaseField.OWNER).set("Anna Kowalska");
        assertThat(viewModel.hasUnsavedEdits()).isTrue();
        AtomicInteger left = new AtomicInteger();

        viewModel.saveThen(left::incrementAndGet);

        assertThat(left).hasValue(1);
        assertThat(viewModel.hasUnsavedEdits()).isFalse();
        assertThat(context.cases().get(breachCase.reference()).details().owner()).isEqualTo("Anna Kowalska");
    }

    @Test
    void anInvalidFormOrARefusedSaveKeepsTheUserOnTheCaseWithTheEdits() {
        viewModel.load();
        viewModel.form().text(CaseField.TITLE).set("");
        AtomicInteger left = new AtomicInteger();

        viewModel.saveThen(left::incrementAndGet);

        assertThat(left).hasValue(0);
        assertThat(viewModel.noticeProperty().get()).isNotEmpty();
        assertThat(viewModel.hasUnsavedEdits()).isTrue();

        viewModel.form().text(CaseField.TITLE).set("Misdirected parcel, two patients");
        BreachCase current = context.cases().get(breachCase.reference());
        context.cases().update(breachCase.reference(), current.version(),
                current.details().toBuilder().owner("Someone else").build());
        viewModel.saveThen(left::incrementAndGet);

        assertThat(left).as("a conflicting save does not leave").hasValue(0);
        assertThat(viewModel.conflictProperty().get()).isTrue();
        assertThat(viewModel.form().text(CaseField.TITLE).get()).isEqualTo("Misdirected parcel, two patients");
    }

    @Test
    void discardingTheEditsShowsTheCaseAsStored() {
        viewModel.load();
        viewModel.form().text(CaseField.OWNER).set("Anna Kowalska");

        viewModel.discardEdits();

        assertThat(viewModel.hasUnsavedEdits()).isFalse();
        assertThat(viewModel.form().text(CaseField.OWNER).get()).isEmpty();
        assertThat(context.cases().get(breachCase.reference()).details().owner()).isNull();
    }
}
