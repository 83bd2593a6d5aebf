package org.trustcase.model.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trustcase.model.audit.FieldChange;
import org.trustcase.model.testing.Cases;

class CaseFieldTest {

    @Test
    void changesListOnlyTheFieldsThatDiffer() {
        CaseDetails before = Cases.complete();
        CaseDetails after = before.toBuilder().owner("Ewa Zielińska").breachTypes(Set.of(BreachType.INTEGRITY)).build();
        assertThat(CaseField.changes(before, after)).containsExactly(
                new FieldChange("breachTypes", "confidentiality, availability", "integrity"),
                new FieldChange("owner", "Jan Kowalski", "Ewa Zielińska"));
    }

    @Test
    void noChangesForEqualDetails() {
        assertThat(CaseField.changes(Cases.complete(), Cases.complete().toBuilder().build())).isEmpty();
    }

    @Test
    void initialValuesRenderEveryFilledField() {
        List<FieldChange> values = CaseField.initialValues(Cases.complete());
        assertThat(values).hasSize(CaseField.values().length);
        assertThat(values).contains(
                new FieldChange("awareAt", null, "2026-03-27T10:00:00Z"),
                new FieldChange("jurisdictions", null, "PL, US-CA"),
                new FieldChange("parties", null, "processor: Acme IT Services"),
                new FieldChange("channel", null, "phone"));
        assertThat(CaseField.initialValues(Cases.minimal())).extracting(FieldChange::field)
                .containsExactly("title", "awareAt");
    }

    @Test
    void fieldsAreFoundByKey() {
        assertThat(CaseField.byKey("awareGapReason")).contains(CaseField.AWARE_GAP_REASON);
        assertThat(CaseField.byKey("nonsense")).isEmpty();
    }
}
