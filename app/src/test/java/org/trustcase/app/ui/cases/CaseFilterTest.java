package org.trustcase.app.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.CaseDetails;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.cases.Jurisdiction;

class CaseFilterTest {
    private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");
    private final Messages messages = Messages.forLocale(Locale.ENGLISH);

    private final BreachCase laptop = breachCase(7, "Lost laptop with HR files", "Anna Kowalska",
            CaseStatus.INVESTIGATING, "PL", "DE");
    private final BreachCase parcel = breachCase(12, "Misdirected parcel", null, CaseStatus.NOT_A_BREACH, "US-CA");

    private static BreachCase breachCase(int sequence, String title, String owner, CaseStatus status,
            String... jurisdictions) {
        CaseDetails details = CaseDetails.builder().title(title).owner(owner).awareAt(AT)
                .jurisdictions(List.of(jurisdictions).stream().map(Jurisdiction::new).toList()).build();
        return new BreachCase(sequence, new CaseReference(2026, sequence), details, status, null, 1, AT, AT);
    }

    private Predicate<BreachCase> filter(String query) {
        return CaseFilter.matching(query, messages::label);
    }

    @Test
    void emptyQueryMatchesEverything() {
        assertThat(filter("")).accepts(laptop, parcel);
        assertThat(filter("   ")).accepts(laptop, parcel);
        assertThat(filter(null)).accepts(laptop, parcel);
    }

    @Test
    void matchesReferenceTitleAndOwnerIgnoringCase() {
        assertThat(filter("tc-2026-0012")).accepts(parcel).rejects(laptop);
        assertThat(filter("LAPTOP")).accepts(laptop).rejects(parcel);
        assertThat(filter("kowalska")).accepts(laptop).rejects(parcel);
    }

    @Test
    void matchesStatusByNameOrLabel() {
        assertThat(filter("investigating")).accepts(laptop).rejects(parcel);
        assertThat(filter("not a breach")).accepts(parcel).rejects(laptop);
        assertThat(filter("not_a_breach")).accepts(parcel).rejects(laptop);
    }

    @Test
    void matchesJurisdictionCodes() {
        assertThat(filter("us-ca")).accepts(parcel).rejects(laptop);
        assertThat(filter("de")).accepts(laptop);
    }

    @Test
    void everyWordMustMatchSomewhere() {
        assertThat(filter("laptop pl")).accepts(laptop);
        assertThat(filter("laptop us-ca")).rejects(laptop, parcel);
    }
}
