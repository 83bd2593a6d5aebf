package org.trustcase.model.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trustcase.model.audit.AuditTrail;
import org.trustcase.model.testing.Access;
import org.trustcase.model.testing.DirectTransactions;
import org.trustcase.model.testing.InMemoryAuditLog;
import org.trustcase.model.testing.MutableClock;

class SearchServiceTest {
    private final List<List<String>> asked = new ArrayList<>();
    private final DirectTransactions transactions = new DirectTransactions();
    private final AuditTrail trail = new AuditTrail(new InMemoryAuditLog(),
            new MutableClock(java.time.Instant.parse("2026-04-01T09:00:00Z")),
            () -> new org.trustcase.model.common.Actor("julia", "Julia", java.util.Set.of()));
    private final SearchService service = new SearchService((words, assignedTo, limit) -> {
        asked.add(words);
        return List.of();
    }, transactions, Access.allowAll(trail, transactions));

    @Test
    void wordsAreRunsOfLettersAndDigitsSoThatNoCharacterIsSyntax() {
        assertThat(SearchService.words("\"zażółć\"* OR NEAR(tc-2026-0042)")).containsExactly("zażółć", "OR", "NEAR",
                "tc", "2026", "0042");
        // a letter written with a combining mark stays one word
        assertThat(SearchService.words("gęśla")).containsExactly("gęśla");
        assertThat(SearchService.words("a b c d e f g h i j k l m n")).hasSize(SearchService.MAX_WORDS);
    }

    @Test
    void aTextWithoutWordsAsksTheIndexNothing() {
        assertThat(service.search(" -- \"*\" ", 20)).isEmpty();
        assertThat(service.search(null, 20)).isEmpty();
        assertThat(asked).isEmpty();
        service.search("ransom note", 20);
        assertThat(asked).containsExactly(List.of("ransom", "note"));
    }
}
