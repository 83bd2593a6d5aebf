package org.trustcase.model.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trustcase.model.testing.Cases;

class CaseDetailsTest {

    @Test
    void blankTextsBecomeNullAndTextsAreStripped() {
        CaseDetails details = CaseDetails.builder().title("  Lost USB stick \n").summary(" ").owner("").build();
        assertThat(details.title()).isEqualTo("Lost USB stick");
        assertThat(details.summary()).isNull();
        assertThat(details.owner()).isNull();
    }

    @Test
    void instantsAreTruncatedToSeconds() {
        CaseDetails details = CaseDetails.builder().awareAt(Instant.parse("2026-03-27T10:00:00.987654Z")).build();
        assertThat(details.awareAt()).isEqualTo(Instant.parse("2026-03-27T10:00:00Z"));
    }

    @Test
    void collectionsAreNeverNullAndCannotBeModified() {
        CaseDetails details = CaseDetails.builder().build();
        assertThat(details.breachTypes()).isEmpty();
        assertThat(details.jurisdictions()).isEmpty();
        assertThatThrownBy(() -> details.breachTypes().add(BreachType.INTEGRITY))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void jurisdictionsKeepTheirOrderWithoutDuplicates() {
        CaseDetails details = CaseDetails.builder().jurisdictions(List.of(
                new Jurisdiction("PL"), new Jurisdiction("DE"), new Jurisdiction("PL"))).build();
        assertThat(details.jurisdictions()).extracting(Jurisdiction::code).containsExactly("PL", "DE");
    }

    @Test
    void builderRoundTripKeepsEveryField() {
        assertThat(Cases.complete().toBuilder().build()).isEqualTo(Cases.complete());
    }

    @Test
    void specialCategoriesAreDetected() {
        assertThat(Cases.complete().involvesSpecialCategories()).isTrue();
        assertThat(Cases.minimal().toBuilder().dataCategories(Set.of(DataCategory.CONTACT_DETAILS)).build()
                .involvesSpecialCategories()).isFalse();
        assertThat(DataCategory.CRIMINAL_CONVICTIONS.isSpecial()).isTrue();
    }

    @Test
    void everyDetailsComponentHasAnAuditedField() {
        List<String> components = Arrays.stream(CaseDetails.class.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName).toList();
        assertThat(Arrays.stream(CaseField.values()).map(CaseField::key)).containsExactlyElementsOf(components);
    }
}
