package org.trustcase.app.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.model.caselist.CaseQuery;
import org.trustcase.model.cases.CaseStatus;

/** The filter's words become query terms; each carries the statuses whose name or label holds it. */
class CaseFilterTest {
    private final Messages messages = Messages.forLocale(Locale.ENGLISH);

    private List<CaseQuery.Term> terms(String query) {
        return CaseFilter.terms(query, messages::label);
    }

    @Test
    void anEmptyQueryHasNoTerms() {
        assertThat(terms("")).isEmpty();
        assertThat(terms("   ")).isEmpty();
        assertThat(terms(null)).isEmpty();
    }

    @Test
    void everyWordIsATermInLowerCase() {
        assertThat(terms("  Laptop   PL ")).extracting(CaseQuery.Term::text).containsExactly("laptop", "pl");
    }

    @Test
    void aWordNamesTheStatusesWhoseNameOrLabelHoldsIt() {
        assertThat(terms("investigating").get(0).statuses()).containsExactly(CaseStatus.INVESTIGATING);
        assertThat(terms("not_a_breach").get(0).statuses()).containsExactly(CaseStatus.NOT_A_BREACH);
        assertThat(terms("not a breach")).allSatisfy(t -> assertThat(t.statuses()).contains(CaseStatus.NOT_A_BREACH));
        assertThat(terms(messages.label(CaseStatus.TRIAGE).toUpperCase(Locale.ROOT)).get(0).statuses())
                .contains(CaseStatus.TRIAGE);
        assertThat(terms("laptop").get(0).statuses()).isEqualTo(Set.of());
    }
}
