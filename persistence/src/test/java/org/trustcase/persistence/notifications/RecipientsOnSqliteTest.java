package org.trustcase.persistence.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.notifications.Recipient;
import org.trustcase.model.notifications.RecipientStatus;
import org.trustcase.persistence.Workspace;
import org.trustcase.persistence.testing.SampleCases;

/** Recipient registers on a real workspace file: an address once per case, keyset pages, counts, statuses. */
class RecipientsOnSqliteTest {
    private static final Instant T = Instant.parse("2026-04-01T09:00:00Z");

    @TempDir
    Path dir;
    private Workspace workspace;
    private CaseReference first;
    private CaseReference second;

    @BeforeEach
    void create() {
        workspace = Workspace.create(dir);
        first = tx(() -> workspace.cases().insert(new CaseReference(2026, 1), SampleCases.requiredOnly(),
                CaseStatus.NEW, T).reference());
        second = tx(() -> workspace.cases().insert(new CaseReference(2026, 2), SampleCases.requiredOnly(),
                CaseStatus.NEW, T).reference());
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private static Recipient recipient(CaseReference ref, int line, String email, String address) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("customer_no", "C-" + line);
        fields.put("segment", "retail");
        return new Recipient(0, ref, line, "Customer " + line, email, address, "pl", fields,
                RecipientStatus.PENDING, null, null);
    }

    @Test
    void anAddressIsHeldOncePerCaseWithoutRegardToCaseAndMergeFieldsKeepTheirOrder() {
        int stored = tx(() -> workspace.recipients().insert(List.of(recipient(first, 2, "anna@example.pl", null),
                recipient(first, 3, "ANNA@example.pl", null), recipient(first, 4, null, "ul. Polna 1"),
                recipient(first, 5, null, "ul. Polna 1"))));
        int elsewhere = tx(() -> workspace.recipients().insert(List.of(recipient(second, 2, "anna@example.pl",
                null))));

        assertThat(stored).as("the second Anna is a duplicate; two letters by post may share an address")
                .isEqualTo(3);
        assertThat(elsewhere).as("another case's register").isEqualTo(1);
        List<Recipient> listed = tx(() -> workspace.recipients().page(first, null, 0, 10));
        assertThat(listed).extracting(Recipient::line).containsExactly(2L, 4L, 5L);
        assertThat(listed.get(0).fields().keySet()).containsExactly("customer_no", "segment");
    }

    @Test
    void pagesFollowTheLastIdAndStatusesAreCountedAndSet() {
        List<Recipient> many = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            many.add(recipient(first, i + 2, "c" + i + "@example.com", null));
        }
        assertThat(tx(() -> workspace.recipients().insert(many))).isEqualTo(2_500);
        List<Recipient> page1 = tx(() -> workspace.recipients().page(first, null, 0, 1_000));
        List<Recipient> page3 = tx(() -> workspace.recipients().page(first, null, 2_000, 1_000));
        assertThat(page1).hasSize(1_000);
        assertThat(page3).hasSize(500);
        assertThat(page3.get(0).id()).isGreaterThan(page1.get(999).id());

        assertThat(tx(() -> workspace.recipients().setStatus(first, 0, "C7@EXAMPLE.COM", RecipientStatus.BOUNCED,
                T, "e-mail"))).isTrue();
        assertThat(tx(() -> workspace.recipients().setStatus(first, page1.get(0).id(), null,
                RecipientStatus.SENT, T, null))).isTrue();
        assertThat(tx(() -> workspace.recipients().exists(second, page1.get(0).id(), null))).isFalse();
        assertThat(tx(() -> workspace.recipients().counts(first))).containsEntry(RecipientStatus.PENDING, 2_498L)
                .containsEntry(RecipientStatus.BOUNCED, 1L).containsEntry(RecipientStatus.SENT, 1L);
        assertThat(tx(() -> workspace.recipients().page(first, RecipientStatus.BOUNCED, 0, 10)))
                .singleElement().satisfies(r -> {
                    assertThat(r.email()).isEqualTo("c7@example.com");
                    assertThat(r.statusAt()).isEqualTo(T);
                    assertThat(r.channel()).isEqualTo("e-mail");
                });
    }

    @Test
    void aRecipientIsNeverDeletedBehindTheRegistersBack() throws Exception {
        tx(() -> workspace.recipients().insert(List.of(recipient(first, 2, "anna@example.pl", null))));
        workspace.close();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("trustcase.db"));
                Statement sql = connection.createStatement()) {
            assertThatThrownBy(() -> sql.execute("DELETE FROM recipient")).hasMessageContaining(
                    "a recipient stays in the register");
        }
        workspace = Workspace.open(dir);
    }

    private <T> T tx(Supplier<T> work) {
        return workspace.transactions().inTransaction(work);
    }

    @Test
    void whereRecipientsLiveIsCountedFromTheirColumnsWhateverTheColumnsCase() {
        java.util.function.BiFunction<Integer, Map<String, String>, Recipient> living = (line, place) ->
                new Recipient(0, first, line, "Customer " + line, "c" + line + "@example.com", null, "en",
                        new LinkedHashMap<>(place), RecipientStatus.PENDING, null, null);
        tx(() -> workspace.recipients().insert(List.of(
                living.apply(2, Map.of("Jurisdiction", "US-CA")),
                living.apply(3, Map.of("JURISDICTION", "US-CA", "segment", "retail")),
                living.apply(4, Map.of("Country", "US", "State", "TX")),
                living.apply(5, Map.of("segment", "retail")))));
        tx(() -> workspace.recipients().insert(List.of(new Recipient(0, second, 2, "Elsewhere", "e@example.com", null,
                "en", Map.of("jurisdiction", "PL"), RecipientStatus.PENDING, null, null))));

        List<org.trustcase.model.notifications.ResidenceCount> places = tx(() -> workspace.recipients()
                .residences(first));

        assertThat(places).containsExactlyInAnyOrder(
                new org.trustcase.model.notifications.ResidenceCount("US-CA", null, null, 2),
                new org.trustcase.model.notifications.ResidenceCount(null, "US", "TX", 1),
                new org.trustcase.model.notifications.ResidenceCount(null, null, null, 1));
    }
}
