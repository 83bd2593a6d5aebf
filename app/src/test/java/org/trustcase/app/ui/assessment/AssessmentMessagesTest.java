package org.trustcase.app.ui.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.model.assessment.Art34Exception;
import org.trustcase.model.assessment.RiskOutcome;
import org.trustcase.model.severity.CircumstanceTable;
import org.trustcase.model.severity.DataType;
import org.trustcase.model.severity.IdentificationEase;
import org.trustcase.model.severity.SeverityBand;

class AssessmentMessagesTest {
    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final AssessmentText text = new AssessmentText(messages);

    @Test
    void everyValueOfTheMethodHasALabelAndItsMeaningInWords() {
        Stream.of(DataType.values(), IdentificationEase.values(), SeverityBand.values(), RiskOutcome.values(),
                        Art34Exception.values())
                .flatMap(Stream::of)
                .forEach(value -> assertThat(messages.has(Messages.labelKey(value))).as(Messages.labelKey(value)).isTrue());
        for (DataType type : DataType.values()) {
            assertThat(text.dataTypeExamples(type)).isNotBlank();
        }
        for (IdentificationEase ease : IdentificationEase.values()) {
            assertThat(text.easeMeaning(ease)).isNotBlank();
        }
        for (SeverityBand band : SeverityBand.values()) {
            assertThat(text.bandMeaning(band)).isNotBlank();
        }
    }

    @Test
    void showsNumbersAsTheMethodWritesThem() {
        assertThat(text.dataType(DataType.FINANCIAL)).isEqualTo("Financial — base score 3");
        assertThat(text.ease(IdentificationEase.SIGNIFICANT)).isEqualTo("Significant — 0.75");
        assertThat(text.number(new BigDecimal("3.50"))).isEqualTo("3.5");
        assertThat(text.signed(new BigDecimal("0.25"))).isEqualTo("+0.25");
        assertThat(text.signed(new BigDecimal("-1"))).isEqualTo("−1");
        CircumstanceTable table = CircumstanceTable.standard();
        assertThat(text.level(table.levels(CircumstanceTable.Dimension.CONFIDENTIALITY).get(2)))
                .startsWith("0.5 — ").contains("unknown number of recipients");
        assertThat(text.choices(true, false, Art34Exception.DISPROPORTIONATE_EFFORT))
                .isEqualTo("authority yes, data subjects no (Art. 34(3)(c): disproportionate effort, a public "
                        + "communication instead)");
        assertThat(messages.format("comparison.summary", 1)).startsWith("One item differs");
        assertThat(messages.format("comparison.summary", 3)).startsWith("3 items differ");
    }
}
