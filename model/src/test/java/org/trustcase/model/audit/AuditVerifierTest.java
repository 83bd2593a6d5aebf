package org.trustcase.model.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class AuditVerifierTest {
    private static final Instant SIGNED = Instant.parse("2026-03-30T10:00:00Z");
    private final AuditHasher hasher = new AuditHasher();

    /** A trail held in a list, as the database would hand it over. */
    private static final class ListChain implements AuditChain {
        final List<ChainLink> links = new ArrayList<>();
        ChainHead head = ChainHead.EMPTY;

        @Override
        public void read(Predicate<ChainLink> reader) {
            for (ChainLink link : links) {
                if (!reader.test(link)) {
                    return;
                }
            }
        }

        @Override
        public ChainHead recordedHead() {
            return head;
        }
    }

    private static List<String> fields(long n) {
        return java.util.Arrays.asList("2026-03-30T10:00:0" + (n % 10) + ".000Z", "anna.dpo", "TC-2026-0001",
                "case-updated", "[{\"field\":\"owner\",\"before\":null,\"after\":\"Anna " + n + "\"}]", null, null);
    }

    private ListChain trail(int events) {
        ListChain chain = new ListChain();
        String previous = AuditHasher.GENESIS;
        for (long seq = 1; seq <= events; seq++) {
            String hash = hasher.hash(seq, previous, fields(seq));
            chain.links.add(new ChainLink(seq, fields(seq), previous, hash));
            previous = hash;
        }
        chain.head = events == 0 ? ChainHead.EMPTY : new ChainHead(events, previous);
        return chain;
    }

    private AuditVerification verify(ListChain chain, Checkpoint... checkpoints) {
        return new AuditVerifier().verify(chain, List.of(checkpoints));
    }

    private Checkpoint checkpoint(ListChain chain, int events) {
        return new Checkpoint(events, chain.links.get(events - 1).hash(), SIGNED, "signature");
    }

    @Test
    void anIntactTrailVerifiesWithItsCountAndHead() {
        ListChain chain = trail(10);
        AuditVerification result = verify(chain, checkpoint(chain, 4), checkpoint(chain, 10));
        assertThat(result.ok()).isTrue();
        assertThat(result.events()).isEqualTo(10);
        assertThat(result.headHash()).isEqualTo(chain.links.get(9).hash()).hasSize(64);
        assertThat(verify(trail(0)).ok()).as("an empty trail").isTrue();
    }

    @Test
    void anEditedFieldIsNamed() {
        ListChain chain = trail(10);
        List<String> edited = new ArrayList<>(fields(6));
        edited.set(1, "someone.else");
        ChainLink six = chain.links.get(5);
        chain.links.set(5, new ChainLink(6, edited, six.previousHash(), six.hash()));
        AuditVerification result = verify(chain);
        assertThat(result.firstBadSeq()).isEqualTo(6);
        assertThat(result.problem().code()).isEqualTo("audit.verify.altered");
    }

    @Test
    void aDeletedEventInTheMiddleIsNamed() {
        ListChain chain = trail(10);
        chain.links.remove(4);
        AuditVerification result = verify(chain);
        assertThat(result.firstBadSeq()).isEqualTo(5);
        assertThat(result.problem().code()).isEqualTo("audit.verify.missing");
    }

    @Test
    void eventsCutOffAtTheEndAreNamedByTheRecordedHeadOrByACheckpoint() {
        ListChain chain = trail(10);
        Checkpoint atTen = checkpoint(chain, 10);
        chain.links.subList(7, 10).clear();
        AuditVerification result = verify(chain);
        assertThat(result.firstBadSeq()).isEqualTo(8);
        assertThat(result.problem().code()).isEqualTo("audit.verify.cut-off");

        chain.head = new ChainHead(7, chain.links.get(6).hash());
        AuditVerification headRewritten = verify(chain, atTen);
        assertThat(headRewritten.firstBadSeq()).isEqualTo(8);
        assertThat(headRewritten.problem().code()).isEqualTo("audit.verify.checkpoint-cut-off");
    }

    @Test
    void swappedEventsAreNamedAtTheFirst() {
        ListChain chain = trail(10);
        ChainLink three = chain.links.get(2);
        ChainLink seven = chain.links.get(6);
        chain.links.set(2, new ChainLink(3, seven.fields(), seven.previousHash(), seven.hash()));
        chain.links.set(6, new ChainLink(7, three.fields(), three.previousHash(), three.hash()));
        AuditVerification result = verify(chain);
        assertThat(result.firstBadSeq()).isEqualTo(3);
        assertThat(result.problem().code()).isEqualTo("audit.verify.altered");
    }

    @Test
    void anEventRehashedInPlaceNoLongerLinksToTheNext() {
        ListChain chain = trail(10);
        List<String> edited = new ArrayList<>(fields(4));
        edited.set(4, "[{\"field\":\"band\",\"before\":null,\"after\":\"low\"}]");
        ChainLink four = chain.links.get(3);
        chain.links.set(3, new ChainLink(4, edited, four.previousHash(), hasher.hash(4, four.previousHash(), edited)));
        AuditVerification result = verify(chain);
        assertThat(result.firstBadSeq()).isEqualTo(5);
        assertThat(result.problem().code()).isEqualTo("audit.verify.unlinked");
    }

    @Test
    void aForgedEventAfterTheRecordedHeadIsNamed() {
        ListChain chain = trail(10);
        ChainHead before = chain.head;
        String hash = hasher.hash(11, before.hash(), fields(11));
        chain.links.add(new ChainLink(11, fields(11), before.hash(), hash));
        AuditVerification result = verify(chain);
        assertThat(result.firstBadSeq()).isEqualTo(11);
        assertThat(result.problem().code()).isEqualTo("audit.verify.beyond-head");
    }

    @Test
    void eventsPutInBeforeOneTheTrailRecordedAreNamedAsInserted() {
        ListChain chain = trail(10);
        // two forged events with fitting hashes after event 10, then event 13 the trail recorded, linked to 10
        String ten = chain.links.get(9).hash();
        String eleven = hasher.hash(11, ten, fields(11));
        chain.links.add(new ChainLink(11, fields(11), ten, eleven));
        String twelve = hasher.hash(12, eleven, fields(12));
        chain.links.add(new ChainLink(12, fields(12), eleven, twelve));
        String thirteen = hasher.hash(13, ten, fields(13));
        chain.links.add(new ChainLink(13, fields(13), ten, thirteen));
        chain.head = new ChainHead(13, thirteen);
        AuditVerification result = verify(chain);
        assertThat(result.firstBadSeq()).isEqualTo(11);
        assertThat(result.problem().code()).isEqualTo("audit.verify.inserted");
        assertThat(result.problem().args()).containsExactly("11", "13", "10");
    }

    @Test
    void aTrailRewrittenAndRehashedThroughoutIsCaughtByTheCheckpointsBracketingTheChange() {
        ListChain original = trail(10);
        Checkpoint atThree = checkpoint(original, 3);
        Checkpoint atEight = checkpoint(original, 8);
        // the attacker edits event 5 and recomputes every hash after it, and the recorded head
        ListChain forged = new ListChain();
        String previous = AuditHasher.GENESIS;
        for (long seq = 1; seq <= 10; seq++) {
            List<String> fields = new ArrayList<>(fields(seq));
            if (seq == 5) {
                fields.set(1, "someone.else");
            }
            String hash = hasher.hash(seq, previous, fields);
            forged.links.add(new ChainLink(seq, fields, previous, hash));
            previous = hash;
        }
        forged.head = new ChainHead(10, previous);
        assertThat(verify(forged).ok()).as("without checkpoints the forgery is consistent").isTrue();
        AuditVerification result = verify(forged, atThree, atEight);
        assertThat(result.problem().code()).isEqualTo("audit.verify.checkpoint-differs");
        assertThat(result.firstBadSeq()).as("the first event no agreeing checkpoint vouches for").isEqualTo(4);
    }

    @Test
    void anUnsealedEventIsNamed() {
        ListChain chain = trail(3);
        chain.links.set(1, new ChainLink(2, fields(2), null, null));
        assertThat(verify(chain).firstBadSeq()).isEqualTo(2);
        assertThat(verify(chain).problem().code()).isEqualTo("audit.verify.unsealed");
    }

    @Test
    void matchingTakesOnlyTheExactLowerCaseHash() {
        List<String> fields = java.util.Arrays.asList("Zieliński", null, "x");
        String hash = hasher.hash(3, AuditHasher.GENESIS, fields);
        assertThat(hasher.matches(3, AuditHasher.GENESIS, fields, hash)).isTrue();
        assertThat(hasher.matches(3, AuditHasher.GENESIS, fields, hash.toUpperCase(java.util.Locale.ROOT))).isFalse();
        assertThat(hasher.matches(4, AuditHasher.GENESIS, fields, hash)).isFalse();
        assertThat(hasher.matches(3, AuditHasher.GENESIS, fields, hash.substring(1))).isFalse();
        assertThat(hasher.matches(3, AuditHasher.GENESIS, fields, null)).isFalse();
        // a non-ASCII text is hashed as its UTF-8 bytes, like any other
        assertThat(new String(hasher.encode(3, AuditHasher.GENESIS, fields), java.nio.charset.StandardCharsets.UTF_8))
                .contains("Zieliński");
    }

    @Test
    void theEncodingSeparatesFieldsUnambiguously() {
        assertThat(hasher.hash(1, AuditHasher.GENESIS, java.util.Arrays.asList("ab", "c")))
                .isNotEqualTo(hasher.hash(1, AuditHasher.GENESIS, java.util.Arrays.asList("a", "bc")));
        assertThat(hasher.hash(1, AuditHasher.GENESIS, java.util.Arrays.asList("", null)))
                .isNotEqualTo(hasher.hash(1, AuditHasher.GENESIS, java.util.Arrays.asList(null, "")));
        assertThat(hasher.hash(1, AuditHasher.GENESIS, List.of("x")))
                .isNotEqualTo(hasher.hash(2, AuditHasher.GENESIS, List.of("x")));
    }
}
