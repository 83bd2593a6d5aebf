package org.trustcase.model.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trustcase.model.audit.AuditAction;
import org.trustcase.model.common.RuleViolationException;
import org.trustcase.model.common.ValidationException;
import org.trustcase.model.deadlines.ClockStatus;

class LetterServiceTest {
    private final NotificationWorld w = new NotificationWorld();

    private static LetterTemplate template(String language, String body) {
        return new LetterTemplate("customers", language, LetterKind.DATA_SUBJECT, "About {{case.reference}}", body,
                null, null);
    }

    private void importRecipients(String... emails) {
        List<RecipientRow> rows = new java.util.ArrayList<>();
        for (int i = 0; i < emails.length; i++) {
            Map<String, String> cells = new LinkedHashMap<>();
            cells.put("name", "Person " + i);
            cells.put("email", emails[i]);
            rows.add(new RecipientRow(i + 2, cells));
        }
        w.recipients.importRecipients(w.ref, new RecipientService.RowFile("r.csv", "ab".repeat(32),
                List.of("name", "email"), rows), false);
    }

    @Test
    void aTemplateWithAnUnknownMergeFieldIsRefusedWithItsLine() {
        assertThatThrownBy(() -> w.letters.saveTemplate(template("en",
                "Dear {{recipient.name}},\n\n{{breach.nature}}\nCall {{dpo.telephone}}")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("body: letters.field-unknown(dpo.telephone, 4)");
        assertThatThrownBy(() -> w.letters.saveTemplate(template("de", "Hallo"))).hasMessageContaining(
                "language: recipients.language-unknown");
        assertThat(w.letters.templates()).isEmpty();

        w.letters.saveTemplate(template("en", "Dear {{recipient.name}}, your {{field.Customer no}}"));
        assertThat(w.letters.templates()).extracting(LetterTemplate::language).containsExactly("en");
        assertThat(w.auditLog.list(null).stream().map(e -> e.action())).contains(AuditAction.LETTER_TEMPLATE_SAVED);
    }

    @Test
    void aTemplateIsApprovedBySomeoneElseAndAChangeNeedsANewApproval() {
        w.store.put(template("en", "Dear {{recipient.name}}"));
        LetterTemplate approved = w.letters.approveTemplate("customers", "en");
        assertThat(approved.approvedBy()).isEqualTo("dpo");
        assertThatThrownBy(() -> w.letters.approveTemplate("customers", "en"))
                .isInstanceOf(RuleViolationException.class).hasMessageStartingWith("letters.already-approved");

        LetterTemplate changed = w.letters.saveTemplate(template("en", "Hello {{recipient.name}}"));
        assertThat(changed.approved()).as("a new version").isFalse();
        assertThatThrownBy(() -> w.letters.approveTemplate("customers", "en"))
                .as("four eyes: not by the person who changed it").hasMessageStartingWith("letters.approve-own");
        assertThatThrownBy(() -> w.letters.approveTemplate("customers", "pl"))
                .hasMessageStartingWith("letters.template-not-found");
    }

    @Test
    void mergeFieldsAreFoundWithTheirLinesAndFilled() {
        String text = "Dear {{ recipient.name }},\nref {{case.reference}}\n{{unknown}}";
        assertThat(MergeFields.uses(text)).containsExactly(new MergeFields.Use("recipient.name", 1),
                new MergeFields.Use("case.reference", 2), new MergeFields.Use("unknown", 3));
        assertThat(MergeFields.fill(text, Map.of("recipient.name", "Anna $1", "case.reference", "TC-1")::get))
                .isEqualTo("Dear Anna $1,\nref TC-1\n");
    }

    @Test
    void aBatchTakesThePendingRecipientsAndMarkingItSentMeetsTheDataSubjectsClock() {
        w.decideToTellEveryone();
        assertThat(w.clock("GDPR-DS").status()).isEqualTo(ClockStatus.RUNNING);
        w.letters.saveTemplate(template("en", "Dear {{recipient.name}}"));
        importRecipients("a@example.pl", "b@example.pl", "c@example.pl");
        long third = w.recipients.list(w.ref, null, 0, 10).get(2).id();
        w.recipients.setStatus(w.ref, List.of(third), RecipientStatus.SENT, w.clock.instant(), "post");

        LetterBatch batch = w.letters.prepare(w.ref, "customers");

        assertThat(batch.recipients()).isEqualTo(2);
        assertThat(w.letters.batchRecipients(w.ref, batch.id(), 0, 100)).extracting(Recipient::email)
                .containsExactly("a@example.pl", "b@example.pl");

        LetterBatch sent = w.letters.markSent(w.ref, batch.id(), Instant.parse("2026-03-28T08:30:00Z"), "e-mail",
                null);

        assertThat(sent.sentAt()).isEqualTo(Instant.parse("2026-03-28T08:30:00Z"));
        assertThat(w.recipients.counts(w.ref)).containsEntry(RecipientStatus.SENT, 3L)
                .doesNotContainKey(RecipientStatus.PENDING);
        assertThat(w.clock("GDPR-DS").status()).isEqualTo(ClockStatus.MET);
        assertThatThrownBy(() -> w.letters.markSent(w.ref, batch.id(), w.clock.instant(), "e-mail", null))
                .isInstanceOf(RuleViolationException.class).hasMessageStartingWith("letters.batch-sent");
        assertThatThrownBy(() -> w.letters.prepare(w.ref, "customers")).hasMessageStartingWith(
                "letters.no-pending-recipients");
    }

    @Test
    void aBatchMarkedSentInTheFutureOrWithoutAChannelChangesNothing() {
        w.letters.saveTemplate(template("en", "Dear {{recipient.name}}"));
        importRecipients("a@example.pl");
        LetterBatch batch = w.letters.prepare(w.ref, "customers");
        assertThatThrownBy(() -> w.letters.markSent(w.ref, batch.id(), w.clock.instant().plusSeconds(60), "",
                null)).isInstanceOf(ValidationException.class).hasMessageContaining("at: validation.in-future")
                .hasMessageContaining("channel: validation.required");
        assertThat(w.recipients.counts(w.ref)).containsEntry(RecipientStatus.PENDING, 1L);
        assertThat(w.letters.batches(w.ref)).extracting(LetterBatch::sent).containsExactly(false);
    }

    @Test
    void recipientsChosenInTheRegisterChangeStatusAllOrNone() {
        importRecipients("a@example.pl", "b@example.pl");
        List<Long> ids = w.recipients.list(w.ref, null, 0, 10).stream().map(Recipient::id).toList();
        assertThatThrownBy(() -> w.recipients.setStatus(w.ref, List.of(ids.get(0), 999L), RecipientStatus.DELIVERED,
                w.clock.instant(), "e-mail")).hasMessageContaining("recipients.not-found(999)");
        assertThat(w.recipients.counts(w.ref)).containsEntry(RecipientStatus.PENDING, 2L);
        assertThatThrownBy(() -> w.recipients.setStatus(w.ref, ids, RecipientStatus.PENDING, w.clock.instant(), null))
                .hasMessageContaining("status: recipients.status-unknown");

        assertThat(w.recipients.setStatus(w.ref, ids, RecipientStatus.BOUNCED, w.clock.instant(), "e-mail"))
                .isEqualTo(2);
        assertThat(w.recipients.counts(w.ref)).containsEntry(RecipientStatus.BOUNCED, 2L);
    }
}
