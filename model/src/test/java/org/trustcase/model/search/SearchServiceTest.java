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

    @Test
    void theEvidenceTextIsExtractedOnceSafeAndAFileThatCannotBeReadGivesNone() {
        org.trustcase.model.testing.InMemoryCaseRepository cases = new org.trustcase.model.testing.InMemoryCaseRepository();
        org.trustcase.model.testing.InMemoryEvidence store = new org.trustcase.model.testing.InMemoryEvidence();
        org.trustcase.model.cases.CaseReference ref = cases.insert(new org.trustcase.model.cases.CaseReference(2026, 1),
                org.trustcase.model.testing.Cases.minimal(), org.trustcase.model.cases.CaseStatus.NEW,
                java.time.Instant.parse("2026-04-01T09:00:00Z")).reference();
        org.trustcase.model.evidence.EvidenceService evidence = new org.trustcase.model.evidence.EvidenceService(cases,
                store, store, trail, transactions, new MutableClock(java.time.Instant.parse("2026-04-01T09:00:00Z")),
                Access.allowAll(trail, transactions), () -> new org.trustcase.model.common.Actor("julia"),
                new org.trustcase.model.testing.InMemoryUsers());
        for (int i = 0; i < SearchService.EVIDENCE_BATCH + 3; i++) {
            evidence.add(ref, new java.io.ByteArrayInputStream(("log line " + i + "\u0002").getBytes()), "log" + i
                    + ".txt", "SIEM", null, bytes -> true);
        }
        evidence.add(ref, new java.io.ByteArrayInputStream("broken".getBytes()), "broken.pdf", "SIEM", null,
                bytes -> true);
        java.util.Map<Long, String> texts = new java.util.TreeMap<>();
        EvidenceTexts port = new EvidenceTexts() {
            @Override
            public List<org.trustcase.model.evidence.EvidenceItem> withoutText(int limit) {
                return store.all().stream().filter(i -> !texts.containsKey(i.id())).limit(limit).toList();
            }

            @Override
            public void put(long itemId, String text) {
                texts.put(itemId, text);
            }
        };
        SearchService indexing = new SearchService((words, assignedTo, limit) -> List.of(), port, store,
                transactions, Access.allowAll(trail, transactions));
        TextExtractor extractor = (content, type, name) -> {
            if (name.endsWith(".pdf")) {
                throw new java.io.IOException("not a PDF");
            }
            return java.util.Optional.of(new String(content.readAllBytes()));
        };

        // a file the vault does not hold now is not marked as textless: it is read once it is back
        org.trustcase.model.evidence.EvidenceItem away = evidence.add(ref, new java.io.ByteArrayInputStream(
                "away for now".getBytes()), "away.txt", "SIEM", null, bytes -> true).item();
        store.remove(away.sha256());
        assertThat(indexing.indexEvidence(extractor)).isEqualTo(SearchService.EVIDENCE_BATCH + 4);
        assertThat(texts).hasSize(SearchService.EVIDENCE_BATCH + 4).doesNotContainKey(away.id());
        assertThat(texts.values()).contains("log line 0 ", "");
        assertThat(indexing.indexEvidence(extractor)).isZero();
    }
}
