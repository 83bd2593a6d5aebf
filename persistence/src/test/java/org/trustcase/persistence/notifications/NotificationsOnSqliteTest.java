package org.trustcase.persistence.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.notifications.AuthorityDraft;
import org.trustcase.model.notifications.LetterBatch;
import org.trustcase.model.notifications.LetterKind;
import org.trustcase.model.notifications.LetterTemplate;
import org.trustcase.model.notifications.MergeFields;
import org.trustcase.model.notifications.NotificationPhase;
import org.trustcase.model.notifications.NotificationTarget;
import org.trustcase.model.notifications.Recipient;
import org.trustcase.model.notifications.RecipientStatus;
import org.trustcase.model.notifications.SentNotification;
import org.trustcase.persistence.Workspace;
import org.trustcase.persistence.testing.SampleCases;

/** Authority drafts, sent notifications, letter templates and batches on a real workspace file. */
class NotificationsOnSqliteTest {
    private static final Instant T = Instant.parse("2026-04-01T09:00:00Z");

    @TempDir
    Path dir;
    private Workspace workspace;
    private CaseReference ref;

    @BeforeEach
    void create() {
        workspace = Workspace.create(dir);
        ref = tx(() -> workspace.cases().insert(new CaseReference(2026, 1), SampleCases.requiredOnly(),
                CaseStatus.NEW, T).reference());
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void aDraftIsStoredWholeAndReplaced() {
        assertThat(tx(() -> workspace.notifications().draft(ref))).isEmpty();
        AuthorityDraft draft = new AuthorityDraft("Laptop stolen", "Stolen from a car", "Warsaw", "Theft",
                "Identity theft", "Disk encrypted", "Training", "Police", "Watch statements", true, null, false,
                "Julia", T);
        tx(() -> {
            workspace.notifications().putDraft(ref, draft);
            return null;
        });
        assertThat(tx(() -> workspace.notifications().draft(ref))).contains(draft);
        AuthorityDraft second = new AuthorityDraft("Laptop stolen, found", null, null, null, null, null, null, null,
                null, null, null, null, "Ewa", T.plusSeconds(60));
        tx(() -> {
            workspace.notifications().putDraft(ref, second);
            return null;
        });
        assertThat(tx(() -> workspace.notifications().draft(ref))).contains(second);

        // read for many cases at once, as the breach register reads a page of them
        CaseReference without = tx(() -> workspace.cases().insert(new CaseReference(2026, 2),
                SampleCases.requiredOnly(), CaseStatus.NEW, T).reference());
        assertThat(tx(() -> workspace.notifications().drafts(List.of(ref, without)))).isEqualTo(Map.of(ref, second));
    }

    @Test
    void sentNotificationsKeepEveryFieldAndAreNeverChanged() throws Exception {
        SentNotification initial = new SentNotification(0, ref, NotificationTarget.AUTHORITY, "UODO",
                NotificationPhase.INITIAL, T, "biznes.gov.pl", null, "Forensics took time", "Zgłoszenie…", null,
                List.of("GDPR-SA", "UK-ICO"), "Julia", T);
        SentNotification police = new SentNotification(0, ref, NotificationTarget.POLICE, "KRP", null, T, "in person",
                "RSD-1", null, null, "Filed a report", List.of(), "Julia", T);
        long id = tx(() -> workspace.notifications().add(initial));
        tx(() -> workspace.notifications().add(police));

        List<SentNotification> listed = tx(() -> workspace.notifications().list(ref));
        assertThat(listed).hasSize(2);
        CaseReference none = tx(() -> workspace.cases().insert(new CaseReference(2026, 3), SampleCases.requiredOnly(),
                CaseStatus.NEW, T).reference());
        assertThat(tx(() -> workspace.notifications().list(List.of(ref, none)))).isEqualTo(Map.of(ref, listed,
                none, List.of()));
        assertThat(listed.get(0)).isEqualTo(initial.withId(id));
        assertThat(listed.get(1).rulesMet()).isEmpty();
        assertThatThrownBy(() -> tx(() -> workspace.notifications().add(initial)))
                .as("one initial notification per case").hasMessageContaining("UNIQUE");

        workspace.close();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("trustcase.db"));
                Statement sql = connection.createStatement()) {
            assertThatThrownBy(() -> sql.execute("UPDATE sent_notification SET channel = 'fax'"))
                    .hasMessageContaining("is not changed");
            assertThatThrownBy(() -> sql.execute("DELETE FROM sent_notification")).hasMessageContaining("stays");
        }
        workspace = Workspace.open(dir);
    }

    @Test
    void aWorkspaceStartsWithTemplatesInEnglishAndPolishThatUseOnlyKnownFields() {
        List<LetterTemplate> templates = tx(() -> workspace.letterTemplates().all());
        assertThat(templates).extracting(t -> t.name() + "/" + t.language()).containsExactly("data-subjects/en",
                "data-subjects/pl", "public-notice/en", "public-notice/pl");
        for (LetterTemplate template : templates) {
            assertThat(MergeFields.uses(template.subject() + "\n" + template.body()))
                    .allSatisfy(use -> assertThat(MergeFields.isKnown(use.name())).as(use.name()).isTrue());
            assertThat(template.body()).as("the Art. 34(2) elements").contains("{{breach.nature}}",
                    "{{dpo.name}}", "{{dpo.email}}", "{{breach.consequences}}", "{{breach.measures}}",
                    "{{breach.advice}}");
        }
        assertThat(templates.get(1).body()).contains("Co się stało");

        LetterTemplate edited = new LetterTemplate("data-subjects", "en", LetterKind.DATA_SUBJECT, "New subject",
                "Dear {{recipient.name}}", "Julia", T);
        tx(() -> {
            workspace.letterTemplates().put(edited);
            return null;
        });
        assertThat(tx(() -> workspace.letterTemplates().find("data-subjects", "en"))).contains(edited);
        LetterTemplate approved = edited.approvedBy("Ewa Lis", T.plusSeconds(60));
        tx(() -> {
            workspace.letterTemplates().put(approved);
            return null;
        });
        assertThat(tx(() -> workspace.letterTemplates().find("data-subjects", "en"))).contains(approved);
    }

    @Test
    void aBatchTakesThePendingRecipientsAndMarkingItSentMarksOnlyThose() {
        List<Recipient> recipients = new ArrayList<>();
        for (int i = 0; i < 1_200; i++) {
            recipients.add(new Recipient(0, ref, i + 2, "Customer " + i, "c" + i + "@example.com", null, "pl",
                    Map.of(), RecipientStatus.PENDING, null, null));
        }
        tx(() -> workspace.recipients().insert(recipients));
        List<Long> firstTwo = tx(() -> workspace.recipients().page(ref, null, 0, 2)).stream().map(Recipient::id)
                .toList();
        assertThat(tx(() -> workspace.recipients().setStatuses(ref, firstTwo, RecipientStatus.BOUNCED, T, "e-mail")))
                .isEqualTo(2);

        long batch = tx(() -> workspace.letterBatches().addBatch(new LetterBatch(0, ref, "data-subjects",
                LetterKind.DATA_SUBJECT, 0, "Julia", T, null, null)));
        assertThat(tx(() -> workspace.recipients().assignBatch(ref, batch))).isEqualTo(1_198);
        tx(() -> {
            workspace.letterBatches().setRecipients(ref, batch, 1_198);
            return null;
        });
        List<Recipient> page = tx(() -> workspace.recipients().pageOfBatch(ref, batch, 0, 1_000));
        assertThat(page).hasSize(1_000);
        assertThat(tx(() -> workspace.recipients().pageOfBatch(ref, batch, page.get(999).id(), 1_000))).hasSize(198);

        assertThat(tx(() -> workspace.recipients().markBatchSent(ref, batch, T.plusSeconds(60), "e-mail")))
                .isEqualTo(1_198);
        tx(() -> {
            workspace.letterBatches().markBatchSent(ref, batch, T.plusSeconds(60), "e-mail");
            return null;
        });
        assertThat(tx(() -> workspace.recipients().counts(ref))).containsEntry(RecipientStatus.SENT, 1_198L)
                .containsEntry(RecipientStatus.BOUNCED, 2L);
        LetterBatch stored = tx(() -> workspace.letterBatches().findBatch(ref, batch)).orElseThrow();
        assertThat(stored.sentAt()).isEqualTo(T.plusSeconds(60));
        assertThat(stored.recipients()).isEqualTo(1_198);
        assertThat(tx(() -> workspace.letterBatches().batches(ref))).extracting(LetterBatch::id).containsExactly(batch);
    }

    private <T> T tx(Supplier<T> work) {
        return workspace.transactions().inTransaction(work);
    }
}
