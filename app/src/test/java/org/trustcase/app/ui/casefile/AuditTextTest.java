package org.trustcase.app.ui.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.TimeText;
import org.trustcase.model.audit.AuditAction;
import org.trustcase.model.audit.FieldChange;

class AuditTextTest {
    private final AuditText text = new AuditText(Messages.forLocale(Locale.ENGLISH),
            new TimeText(ZoneId.of("Europe/Warsaw")));

    @Test
    void showsStoredValuesReadably() {
        assertThat(text.change(new FieldChange("status", "TRIAGE", "NOT_A_BREACH")))
                .isEqualTo("Status: Triage → Not a breach");
        assertThat(text.change(new FieldChange("awareAt", null, "2026-02-14T11:00:00Z")))
                .isEqualTo("Aware at: — → 2026-02-14 12:00 CET");
        assertThat(text.change(new FieldChange("dataCategories", "contact-details", "contact-details, health")))
                .isEqualTo("Categories of personal data: Contact details → Contact details, Health (Art. 9)");
        assertThat(text.change(new FieldChange("owner", "Anna", null))).isEqualTo("Owner: Anna → —");
    }

    @Test
    void theValuesACaseWasOpenedWithReadAsValues() {
        assertThat(text.change(AuditAction.CASE_CREATED, new FieldChange("awareAt", null, "2026-02-14T11:00:00Z")))
                .isEqualTo("Aware at: 2026-02-14 12:00 CET");
        assertThat(text.change(AuditAction.CASE_UPDATED, new FieldChange("awareAt", null, "2026-02-14T11:00:00Z")))
                .as("a later change keeps what it replaced").isEqualTo("Aware at: — → 2026-02-14 12:00 CET");
    }

    @Test
    void assessmentsDecisionsFlagsAndOutcomesReadInWords() {
        assertThat(text.change(new FieldChange("cb-confidentiality", null, "0.5")))
                .isEqualTo("Loss of confidentiality: — → 0.5");
        assertThat(text.change(new FieldChange("band", "high", "very-high"))).isEqualTo("Severity band: High → Very high");
        assertThat(text.change(new FieldChange("dataType", null, "financial"))).isEqualTo("Data type: — → Financial");
        assertThat(text.change(new FieldChange("ease", null, "1"))).isEqualTo("Ease of identification: — → Maximum");
        assertThat(text.change(new FieldChange("malicious", null, "true"))).isEqualTo("Malicious intent: — → Yes");
        assertThat(text.change(new FieldChange("notifyAuthority", null, "no"))).isEqualTo("Notify the authority: — → No");
        assertThat(text.change(new FieldChange("exception", null, "34-3-a")))
                .startsWith("Art. 34(3) ground: — → Art. 34(3)(a)");
        assertThat(text.change(new FieldChange("flags", "", "nis2-entity, processor")))
                .endsWith("→ NIS2 essential or important entity, Acting as a processor");
        assertThat(text.change(new FieldChange("parties", null, "postal-operator: Poczta Polska, processor: Mailer Ltd")))
                .doesNotContain("postal-operator").endsWith(": Poczta Polska, Processor: Mailer Ltd");
        assertThat(text.change(new FieldChange("GDPR-SA", "running", "met 2026-04-01T08:00:00Z")))
                .isEqualTo("GDPR-SA: running → met 2026-04-01 10:00 CEST");
    }

    @Test
    void keepsWhatItDoesNotUnderstand() {
        assertThat(text.change(new FieldChange("channel", null, "carrier-pigeon")))
                .isEqualTo("Reported through: — → carrier-pigeon");
        assertThat(text.change(new FieldChange("somethingNew", "a", "b"))).isEqualTo("somethingNew: a → b");
    }
}
