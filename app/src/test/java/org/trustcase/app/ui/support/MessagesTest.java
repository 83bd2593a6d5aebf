package org.trustcase.app.ui.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.trustcase.app.ui.form.Fact;
import org.trustcase.model.audit.AuditAction;
import org.trustcase.model.cases.BreachCause;
import org.trustcase.model.cases.BreachType;
import org.trustcase.model.cases.CaseField;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.cases.DataCategory;
import org.trustcase.model.cases.PartyRole;
import org.trustcase.model.cases.ReportChannel;
import org.trustcase.model.cases.SubjectCategory;

class MessagesTest {
    private final Messages messages = Messages.forLocale(Locale.ENGLISH);

    @Test
    void everyEnumValueShownInTheUiHasAReadableLabel() {
        Stream.of(CaseStatus.values(), ReportChannel.values(), BreachCause.values(), BreachType.values(),
                        DataCategory.values(), SubjectCategory.values(), PartyRole.values(), AuditAction.values(),
                        Fact.values(), org.trustcase.model.common.Role.values())
                .flatMap(Stream::of)
                .forEach(value -> assertThat(messages.has(Messages.labelKey(value)))
                        .as("label %s", Messages.labelKey(value)).isTrue());
        assertThat(messages.label(DataCategory.HEALTH)).isEqualTo("Health (Art. 9)");
        assertThat(messages.label(CaseStatus.NOT_A_BREACH)).isEqualTo("Not a breach");
    }

    @Test
    void specialCategoriesSayWhichArticle() {
        for (DataCategory category : DataCategory.values()) {
            String label = messages.label(category);
            switch (category.sensitivity()) {
                case SPECIAL -> assertThat(label).endsWith("(Art. 9)");
                case CRIMINAL -> assertThat(label).endsWith("(Art. 10)");
                case ORDINARY -> assertThat(label).doesNotContain("Art.");
            }
        }
    }

    @Test
    void everyCaseFieldHasALabel() {
        for (CaseField field : CaseField.values()) {
            assertThat(messages.has("field." + field.key())).as(field.key()).isTrue();
        }
    }

    @Test
    void countsCasesInWords() {
        assertThat(messages.format("cases.count", 12, 40)).isEqualTo("12 of 40 cases");
        assertThat(messages.format("cases.count", 1, 1)).isEqualTo("1 of 1 case");
        assertThat(messages.format("cases.count", 0, 0)).isEqualTo("0 of 0 cases");
        assertThat(messages.format("cases.count", 900, 1200)).isEqualTo("900 of 1,200 cases");
    }
}
