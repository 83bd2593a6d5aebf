package org.trustcase.app.ui.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.TimeText;
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
    void keepsWhatItDoesNotUnderstand() {
        assertThat(text.change(new FieldChange("channel", null, "carrier-pigeon")))
                .isEqualTo("Reported through: — → carrier-pigeon");
        assertThat(text.change(new FieldChange("somethingNew", "a", "b"))).isEqualTo("somethingNew: a → b");
    }
}
