package org.trustcase.model.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trustcase.model.common.NotFoundException;
import org.trustcase.model.common.Problem;
import org.trustcase.model.testing.InMemoryCaseRepository;

class CaseRepositoryTest {
    private static final Instant AT = Instant.parse("2026-03-27T10:00:00Z");
    private final InMemoryCaseRepository cases = new InMemoryCaseRepository();

    @Test
    void requireReturnsTheStoredCase() {
        BreachCase stored = cases.insert(new CaseReference(2026, 1), CaseDetails.builder().title("Lost laptop").build(),
                CaseStatus.NEW, AT);
        assertThat(cases.require(stored.reference())).isEqualTo(stored);
    }

    @Test
    void requireRefusesAMissingCaseWithTheSharedProblem() {
        CaseReference missing = new CaseReference(2026, 99);
        assertThatThrownBy(() -> cases.require(missing))
                .isInstanceOf(NotFoundException.class)
                .extracting(e -> ((NotFoundException) e).problems())
                .isEqualTo(CaseRepository.notFound(missing).problems())
                .isEqualTo(List.of(Problem.of("case.not-found", "TC-2026-0099")));
    }
}
