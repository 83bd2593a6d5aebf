package org.trustcase.model.severity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trustcase.model.common.Problem;
import org.trustcase.model.common.ValidationException;

class SeverityMethodTest {
    private final SeverityMethod method = SeverityMethod.standard();

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static SeverityInputs inputs(DataType type, IdentificationEase ease, String c, String i, String a,
            boolean malicious, DpcAdjustment... adjustments) {
        return new SeverityInputs(type, List.of(adjustments), ease, d(c), d(i), d(a), malicious);
    }

    @Test
    void scoreIsDpcTimesEiPlusCb() {
        // financial 3 × significant 0.75 + confidentiality 0.5 + malicious 0.5 = 3.25
        SeverityResult result = method.score(inputs(DataType.FINANCIAL, IdentificationEase.SIGNIFICANT, "0.5", "0", "0", true));
        assertThat(result.dpc()).isEqualByComparingTo("3");
        assertThat(result.ei()).isEqualByComparingTo("0.75");
        assertThat(result.cb()).isEqualByComparingTo("1");
        assertThat(result.score()).isEqualByComparingTo("3.25");
        assertThat(result.band()).isEqualTo(SeverityBand.HIGH);
        assertThat(result.explanation()).last()
                .isEqualTo(Problem.of("severity.explanation.score", "3", "0.75", "1", "3.25", Problem.term("band", "high")));
    }

    @Test
    void theExplanationIsOneCodedLinePerStepWithPlainArguments() {
        // financial 3 × maximum 1 + confidentiality 0.5 + integrity 0.25 + malicious 0.5 = 4.25: very high
        SeverityResult result = method.score(inputs(DataType.FINANCIAL, IdentificationEase.MAXIMUM, "0.5", "0.25", "0", true));
        assertThat(result.score()).isEqualByComparingTo("4.25");
        assertThat(result.explanation()).containsExactly(
                Problem.of("severity.explanation.data-type", "financial", "3"),
                Problem.of("severity.explanation.ease", "maximum", "1"),
                Problem.of("severity.explanation.loss", "confidentiality", "+0.5",
                        Problem.of("severity.level.confidentiality.0.5")),
                Problem.of("severity.explanation.loss", "integrity", "+0.25", Problem.of("severity.level.integrity.0.25")),
                Problem.of("severity.explanation.malicious", "+0.5", Problem.of("severity.level.malicious")),
                Problem.of("severity.explanation.score", "3", "1", "1.25", "4.25", Problem.term("band", "very-high")));
    }

    @Test
    void adjustmentsAndClampingAreLinesOfTheirOwn() {
        // sensitive 4 - 0.5 + 3 = 6.5, clamped to 4; × negligible 0.25 + 0 = 1: low
        SeverityResult result = method.score(inputs(DataType.SENSITIVE, IdentificationEase.NEGLIGIBLE, "0", "0", "0", false,
                new DpcAdjustment(d("-0.5"), "data partly public"), new DpcAdjustment(d("3"), "very large volume")));
        assertThat(result.explanation()).containsExactly(
                Problem.of("severity.explanation.data-type", "sensitive", "4"),
                Problem.of("severity.explanation.adjustment", "-0.5", "data partly public"),
                Problem.of("severity.explanation.adjustment", "+3", "very large volume"),
                Problem.of("severity.explanation.clamped", "6.5", "4"),
                Problem.of("severity.explanation.ease", "negligible", "0.25"),
                Problem.of("severity.explanation.score", "4", "0.25", "0", "1", Problem.term("band", "low")));
    }

    @ParameterizedTest
    @CsvSource({"1.99, LOW", "2, MEDIUM", "2.99, MEDIUM", "3, HIGH", "3.99, HIGH", "4, VERY_HIGH", "0.25, LOW",
            "5, VERY_HIGH"})
    void bandBoundaries(String score, SeverityBand band) {
        assertThat(SeverityBand.of(d(score))).isEqualTo(band);
    }

    @Test
    void computedScoresAtTheBoundariesLandInTheRightBand() {
        // 2 × 1 + 0 = 2 exactly: medium, not low (no floating-point drift)
        assertThat(method.score(inputs(DataType.BEHAVIOURAL, IdentificationEase.MAXIMUM, "0", "0", "0", false)).band())
                .isEqualTo(SeverityBand.MEDIUM);
        // 4 × 0.75 + 0 = 3 exactly: high
        assertThat(method.score(inputs(DataType.SENSITIVE, IdentificationEase.SIGNIFICANT, "0", "0", "0", false)).band())
                .isEqualTo(SeverityBand.HIGH);
        // 3 × 1 + 0.5 + 0.5 = 4: very high
        assertThat(method.score(inputs(DataType.FINANCIAL, IdentificationEase.MAXIMUM, "0.5", "0", "0", true)).band())
                .isEqualTo(SeverityBand.VERY_HIGH);
        // 1 × 0.75 + 0.5 + 0.5 + 0.25 = 2.0 ... 1 × 0.25 + 0 = 0.25: low
        assertThat(method.score(inputs(DataType.SIMPLE, IdentificationEase.NEGLIGIBLE, "0", "0", "0", false)).score())
                .isEqualByComparingTo("0.25");
    }

    @Test
    void dpcIsClampedToOneToFour() {
        SeverityResult up = method.score(inputs(DataType.SENSITIVE, IdentificationEase.MAXIMUM, "0", "0", "0", false,
                new DpcAdjustment(d("2"), "large volume")));
        assertThat(up.adjustedDpc()).isEqualByComparingTo("6");
        assertThat(up.dpc()).isEqualByComparingTo("4");
        assertThat(up.explanation()).contains(Problem.of("severity.explanation.clamped", "6", "4"));
        SeverityResult down = method.score(inputs(DataType.SIMPLE, IdentificationEase.MAXIMUM, "0", "0", "0", false,
                new DpcAdjustment(d("-2"), "publicly available already")));
        assertThat(down.dpc()).isEqualByComparingTo("1");
    }

    /** ENISA 2013, Annex 1: example cases per data type and the DPC they lead to. */
    @ParameterizedTest
    @CsvSource({
            "SIMPLE, 0, supermarket customer list, 1",
            "SIMPLE, 1, customer list of a luxury goods seller, 2",
            "SIMPLE, 2, delivery addresses of an adult book store, 3",
            "SIMPLE, 3, list of undercover officers, 4",
            "BEHAVIOURAL, -1, ISP helpdesk incoming calls, 1",
            "BEHAVIOURAL, 0, one week of call history, 2",
            "BEHAVIOURAL, 1, one year of call history, 3",
            "BEHAVIOURAL, 2, calls to a psychological support centre, 4",
            "FINANCIAL, -2, mere letter to a bank customer, 1",
            "FINANCIAL, -1, one day of transactions without details, 2",
            "FINANCIAL, 0, one month of balances, 3",
            "FINANCIAL, 1, one year of detailed statements, 4",
            "SENSITIVE, -3, fact that general blood tests were performed, 1",
            "SENSITIVE, -2, fact of an emergency-room blood test, 2",
            "SENSITIVE, -1, test for a specific disease, 3",
            "SENSITIVE, 0, actual test results, 4"})
    void enisaWorkedDataTypeExamples(DataType type, int delta, String example, int expectedDpc) {
        DpcAdjustment[] adjustments = delta == 0 ? new DpcAdjustment[0]
                : new DpcAdjustment[] {new DpcAdjustment(BigDecimal.valueOf(delta), example)};
        SeverityResult result = method.score(inputs(type, IdentificationEase.MAXIMUM, "0", "0", "0", false, adjustments));
        assertThat(result.dpc()).as(example).isEqualByComparingTo(BigDecimal.valueOf(expectedDpc));
    }

    @Test
    void outOfRangeInputsAreRefusedNamingTheInput() {
        assertThatThrownBy(() -> method.score(inputs(DataType.SIMPLE, IdentificationEase.MAXIMUM, "0.3", "0", "0.75", false)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("cbConfidentiality: severity.unknown-level(0.3, confidentiality, [0, 0.25, 0.5]); "
                        + "cbAvailability: severity.unknown-level(0.75, availability, [0, 0.25, 0.5])");
        assertThatThrownBy(() -> method.score(inputs(DataType.SIMPLE, IdentificationEase.MAXIMUM, "0", "0", "0", false,
                new DpcAdjustment(d("5"), "too much"))))
                .hasMessage("dpcAdjustments[0]: severity.delta-out-of-range(5)");
        assertThatThrownBy(() -> method.score(inputs(DataType.SIMPLE, IdentificationEase.MAXIMUM, "0", "0", "0", false,
                new DpcAdjustment(d("1"), " "))))
                .hasMessage("dpcAdjustments[0]: severity.adjustment-reason-required");
    }

    @Test
    void adjustmentsParseFromDeltaColonReason() {
        assertThat(DpcAdjustment.parse("+1:one year of call history", "--dpc-adjust"))
                .isEqualTo(new DpcAdjustment(d("1"), "one year of call history"));
        assertThat(DpcAdjustment.parse("-0.5: data partly public", "x").delta()).isEqualByComparingTo("-0.5");
        assertThatThrownBy(() -> DpcAdjustment.parse("1", "--dpc-adjust")).hasMessage("--dpc-adjust: severity.adjustment-format(1)");
        assertThatThrownBy(() -> DpcAdjustment.parse("x:y", "--dpc-adjust")).hasMessage("--dpc-adjust: validation.not-a-number(x)");
        assertThatThrownBy(() -> DpcAdjustment.parse("0.3:y", "--dpc-adjust")).hasMessage("--dpc-adjust: severity.delta-out-of-range(0.3)");
    }

    @Test
    void easeParsesFromItsValue() {
        assertThat(IdentificationEase.ofValue("0.75", "--ei")).isEqualTo(IdentificationEase.SIGNIFICANT);
        assertThat(IdentificationEase.ofValue("1.0", "--ei")).isEqualTo(IdentificationEase.MAXIMUM);
        assertThatThrownBy(() -> IdentificationEase.ofValue("2", "--ei"))
                .hasMessage("--ei: severity.unknown-ease(2)");
    }

    @Test
    void circumstanceLevelsAreThoseOfEnisas2013Methodology() {
        CircumstanceTable table = CircumstanceTable.standard();
        for (CircumstanceTable.Dimension dimension : CircumstanceTable.Dimension.values()) {
            assertThat(table.levels(dimension)).as(dimension.name()).extracting(CircumstanceTable.Level::value)
                    .usingElementComparator(java.math.BigDecimal::compareTo)
                    .containsExactly(new java.math.BigDecimal("0"), new java.math.BigDecimal("0.25"),
                            new java.math.BigDecimal("0.5"));
        }
        assertThat(table.levels(CircumstanceTable.Dimension.AVAILABILITY)).extracting(CircumstanceTable.Level::meaning)
                .containsExactly(Problem.of("severity.level.availability.0"), Problem.of("severity.level.availability.0.25"),
                        Problem.of("severity.level.availability.0.5"));
        assertThat(table.malicious().value()).isEqualByComparingTo("0.5");
        assertThat(table.verified()).as("checked against the methodology: no notice").isTrue();
        assertThat(table.source()).contains("ENISA", "2013", "3.3");
    }
}
