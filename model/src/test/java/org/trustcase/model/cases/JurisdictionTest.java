package org.trustcase.model.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.trustcase.model.common.ValidationException;

class JurisdictionTest {

    @ParameterizedTest
    @ValueSource(strings = {"PL", "de", " GB ", "US-CA", "us-tx", "US-DC", "EU", "BR", "SG"})
    void acceptsIsoCountriesUsStatesAndTheEu(String code) {
        assertThat(Jurisdiction.parse(code, "jurisdictions[0]").code()).isEqualTo(code.strip().toUpperCase());
    }

    @ParameterizedTest
    @ValueSource(strings = {"XX", "UK", "USA", "US-ZZ", "PL-14", "P", "12"})
    void rejectsUnknownCodesNamingTheField(String code) {
        assertThatThrownBy(() -> Jurisdiction.parse(code, "jurisdictions[2]"))
                .isInstanceOf(ValidationException.class)
                .hasMessage("jurisdictions[2]: jurisdiction.unknown(" + code.strip() + ")");
    }

    @Test
    void emptyCodeIsRejected() {
        assertThatThrownBy(() -> Jurisdiction.parse(" ", "jurisdiction")).hasMessage("jurisdiction: jurisdiction.empty");
    }

    @Test
    void namesForDisplay() {
        assertThat(new Jurisdiction("PL").displayName()).isEqualTo("Poland");
        assertThat(new Jurisdiction("US-CA").displayName()).isEqualTo("United States – California");
        assertThat(new Jurisdiction("US-CA").country()).isEqualTo("US");
        assertThat(new Jurisdiction("EU").displayName()).isEqualTo("European Union");
    }
}
