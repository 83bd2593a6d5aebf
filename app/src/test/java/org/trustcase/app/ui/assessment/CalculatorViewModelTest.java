package org.trustcase.app.ui.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trustcase.app.text.Texts;
import org.trustcase.model.assessment.Assessment;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.severity.CircumstanceTable.Dimension;
import org.trustcase.model.severity.CircumstanceTable.Level;
import org.trustcase.model.severity.DataType;
import org.trustcase.model.severity.DpcAdjustment;
import org.trustcase.model.severity.IdentificationEase;
import org.trustcase.model.severity.SeverityBand;
import org.trustcase.model.severity.SeverityInputs;
import org.trustcase.model.severity.SeverityMethod;

class CalculatorViewModelTest {
    private final SeverityMethod method = SeverityMethod.standard();
    private final CalculatorViewModel calculator = new CalculatorViewModel(method, "(reason not given yet)");

    @Test
    void scoresLiveAsTheInputsChange() {
        assertThat(calculator.resultProperty().get()).as("nothing chosen yet").isNull();
        calculator.dataTypeProperty().set(DataType.FINANCIAL);
        assertThat(calculator.resultProperty().get()).as("ease not chosen yet").isNull();

        calculator.easeProperty().set(IdentificationEase.MAXIMUM);
        assertScore("3", SeverityBand.HIGH);

        calculator.levelProperty(Dimension.CONFIDENTIALITY).set(level(Dimension.CONFIDENTIALITY, "0.5"));
        assertScore("3.5", SeverityBand.HIGH);

        calculator.maliciousProperty().set(true);
        assertScore("4", SeverityBand.VERY_HIGH);

        calculator.maliciousProperty().set(false);
        calculator.easeProperty().set(IdentificationEase.LIMITED);
        assertScore("2", SeverityBand.MEDIUM);
    }

    @Test
    void bandBoundariesFollowTheMethod() {
        calculator.dataTypeProperty().set(DataType.BEHAVIOURAL);
        calculator.easeProperty().set(IdentificationEase.MAXIMUM);
        assertScore("2", SeverityBand.MEDIUM);
        calculator.easeProperty().set(IdentificationEase.SIGNIFICANT);
        assertScore("1.5", SeverityBand.LOW);
        calculator.levelProperty(Dimension.AVAILABILITY).set(level(Dimension.AVAILABILITY, "0.5"));
        assertScore("2", SeverityBand.MEDIUM);
    }

    @Test
    void adjustmentsCountAtOnceAndNeedAReasonToBeRecorded() {
        calculator.dataTypeProperty().set(DataType.SIMPLE);
        calculator.easeProperty().set(IdentificationEase.MAXIMUM);
        assertThat(calculator.completeProperty().get()).isTrue();

        AdjustmentDraft adjustment = calculator.addAdjustment();
        adjustment.deltaProperty().set(BigDecimal.ONE);
        assertScore("2", SeverityBand.MEDIUM);
        assertThat(adjustment.reasonGiven()).isFalse();
        assertThat(calculator.completeProperty().get()).as("reason missing").isFalse();
        assertThat(calculator.inputs()).isEmpty();
        assertThat(Texts.english().render(calculator.resultProperty().get().explanation()))
                .anyMatch(line -> line.contains("(reason not given yet)"));

        adjustment.reasonProperty().set("   ");
        assertThat(calculator.completeProperty().get()).as("blank reason").isFalse();
        adjustment.reasonProperty().set("Ten years of address history");
        assertThat(calculator.completeProperty().get()).isTrue();
        assertThat(calculator.inputs().orElseThrow().adjustments())
                .containsExactly(new DpcAdjustment(BigDecimal.ONE, "Ten years of address history"));

        calculator.removeAdjustment(adjustment);
        assertScore("1", SeverityBand.LOW);
    }

    @Test
    void deltasOutsideTheMethodsStepsAreRefused() {
        calculator.dataTypeProperty().set(DataType.SIMPLE);
        calculator.easeProperty().set(IdentificationEase.MAXIMUM);
        AdjustmentDraft adjustment = calculator.addAdjustment();
        adjustment.reasonProperty().set("reason");
        for (String delta : List.of("0", "0.3", "3.25", "-3.5")) {
            adjustment.deltaProperty().set(new BigDecimal(delta));
            assertThat(adjustment.deltaValid()).as(delta).isFalse();
            assertThat(calculator.completeProperty().get()).as(delta).isFalse();
            assertScore("1", SeverityBand.LOW);
        }
        adjustment.deltaProperty().set(new BigDecimal("-3"));
        assertThat(adjustment.deltaValid()).isTrue();
        assertThat(AdjustmentDraft.DELTAS).hasSize(24).doesNotContain(BigDecimal.ZERO)
                .startsWith(new BigDecimal("-3")).endsWith(new BigDecimal("3"));
    }

    @Test
    void theDpcIsClampedToTheMethodsRange() {
        calculator.dataTypeProperty().set(DataType.SENSITIVE);
        calculator.easeProperty().set(IdentificationEase.MAXIMUM);
        AdjustmentDraft adjustment = calculator.addAdjustment();
        adjustment.deltaProperty().set(new BigDecimal("1.5"));
        adjustment.reasonProperty().set("Large volume");
        var result = calculator.resultProperty().get();
        assertThat(result.adjustedDpc()).isEqualByComparingTo("5.5");
        assertThat(result.dpc()).isEqualByComparingTo("4");
        assertScore("4", SeverityBand.VERY_HIGH);
    }

    @Test
    void aReassessmentStartsFromTheLatestVersionAndCanBeRecordedOnlyWhenSomethingChanged() {
        assertThat(calculator.changedProperty().get()).as("first assessment").isTrue();
        assertThat(calculator.completeProperty().get()).isFalse();

        Assessment latest = recorded(new SeverityInputs(DataType.FINANCIAL,
                List.of(new DpcAdjustment(new BigDecimal("-0.50"), "Partial account numbers only")),
                IdentificationEase.MAXIMUM, new BigDecimal("0.50"), BigDecimal.ZERO, BigDecimal.ZERO, true),
                "Customers may face phishing.");
        calculator.load(latest);
        assertThat(calculator.dataTypeProperty().get()).isEqualTo(DataType.FINANCIAL);
        assertThat(calculator.levelProperty(Dimension.CONFIDENTIALITY).get().value()).isEqualByComparingTo("0.5");
        assertThat(calculator.adjustments()).hasSize(1);
        assertThat(calculator.adjustments().get(0).deltaProperty().get())
                .as("matched to the spinner's value").isIn(AdjustmentDraft.DELTAS);
        assertThat(calculator.narrativeProperty().get()).isEqualTo("Customers may face phishing.");
        assertThat(calculator.completeProperty().get()).isTrue();
        assertThat(calculator.changedProperty().get()).as("nothing edited").isFalse();
        assertThat(calculator.edited()).isFalse();

        calculator.easeProperty().set(IdentificationEase.LIMITED);
        assertThat(calculator.changedProperty().get()).isTrue();
        assertThat(calculator.edited()).isTrue();
        calculator.easeProperty().set(IdentificationEase.MAXIMUM);
        assertThat(calculator.changedProperty().get()).as("back to the recorded inputs").isFalse();

        calculator.narrativeProperty().set("Customers may face targeted phishing.");
        assertThat(calculator.changedProperty().get()).isTrue();
        calculator.narrativeProperty().set("Customers may face phishing.");
        calculator.adjustments().get(0).reasonProperty().set("Partial account numbers");
        assertThat(calculator.changedProperty().get()).isTrue();
    }

    @Test
    void anUntouchedFormIsNotEdited() {
        assertThat(calculator.edited()).isFalse();
        calculator.maliciousProperty().set(true);
        assertThat(calculator.edited()).isTrue();
    }

    private Assessment recorded(SeverityInputs inputs, String narrative) {
        return new Assessment(CaseReference.parse("TC-2026-0001"), 3, "anna.dpo", Instant.parse("2026-03-30T10:00:00Z"),
                inputs, method.score(inputs), narrative);
    }

    private Level level(Dimension dimension, String value) {
        return method.table().level(dimension, new BigDecimal(value), "level");
    }

    private void assertScore(String score, SeverityBand band) {
        assertThat(calculator.resultProperty().get()).isNotNull();
        assertThat(calculator.resultProperty().get().score()).isEqualByComparingTo(score);
        assertThat(calculator.resultProperty().get().band()).isEqualTo(band);
    }
}
