package org.trustcase.model.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trustcase.model.audit.AuditAction;
import org.trustcase.model.audit.AuditEvent;
import org.trustcase.model.audit.FieldChange;
import org.trustcase.model.common.RuleViolationException;
import org.trustcase.model.common.ValidationException;
import org.trustcase.model.deadlines.ClockStatus;

class NotificationServiceTest {
    private final NotificationWorld w = new NotificationWorld();

    private static NotificationService.Notice authority(NotificationPhase phase, Instant at, String delayReason) {
        return new NotificationService.Notice(NotificationTarget.AUTHORITY, "UODO", phase, at, "biznes.gov.pl",
                phase == NotificationPhase.FOLLOW_UP ? "DKN.5110.123.2026" : null, delayReason, "the form's text",
                null);
    }

    @Test
    void theDraftIsPrefilledFromTheCaseUntilSavedAndEverySaveIsAudited() {
        w.decideToTellEveryone();
        AuthorityDraft prefilled = w.notifications.draft(w.ref);
        assertThat(prefilled.saved()).isFalse();
        assertThat(prefilled.nature()).isEqualTo(w.cases.get(w.ref).details().summary());
        assertThat(prefilled.consequences()).isEqualTo("Card fraud likely");
        assertThat(prefilled.measuresTaken()).isEqualTo(w.cases.get(w.ref).details().remedialActions());

        AuthorityDraft edited = new AuthorityDraft("Laptop stolen from a car", "Stolen at 18:00, reported at 19:00",
                "Warsaw, Mokotow", "Theft", "Identity theft", "Disk encrypted; passwords reset", "Training",
                "Police", "Watch your bank statements", true, false, false, null, null);
        AuthorityDraft saved = w.notifications.saveDraft(w.ref, edited);

        assertThat(saved.updatedBy()).isEqualTo("dpo");
        assertThat(w.notifications.draft(w.ref)).isEqualTo(saved);
        AuditEvent event = w.auditLog.list(w.ref.toString()).stream()
                .filter(e -> e.action() == AuditAction.AUTHORITY_DRAFT_SAVED).findFirst().orElseThrow();
        assertThat(event.changes()).contains(new FieldChange("place", null, "Warsaw, Mokotow"),
                new FieldChange("nature", prefilled.nature(), "Laptop stolen from a car"));
        long events = w.auditLog.list(w.ref.toString()).size();
        w.notifications.saveDraft(w.ref, edited);
        assertThat(w.auditLog.list(w.ref.toString())).as("an unchanged draft records nothing").hasSize((int) events);
    }

    @Test
    void aDraftWithTooLongOrHiddenTextIsRefusedFieldByField() {
        AuthorityDraft bad = new AuthorityDraft("x".repeat(NotificationService.MAX_TEXT + 1), null, "Warsaw\nCentre",
                null, null, "a\u202Eb", null, null, null, null, null, null, null, null);
        assertThatThrownBy(() -> w.notifications.saveDraft(w.ref, bad)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors()).extracting(f -> f.field())
                        .containsExactly("nature", "place", "measuresTaken"));
        assertThat(w.store.state().get(0)).isEqualTo(java.util.Map.of());
    }

    @Test
    void theInitialNotificationMeetsTheAuthorityClockAndFollowUpsComeAfterIt() {
        assertThatThrownBy(() -> w.notifications.record(w.ref, authority(NotificationPhase.FOLLOW_UP,
                w.clock.instant(), null))).isInstanceOf(RuleViolationException.class)
                .hasMessageStartingWith("notification.follow-up-first");

        SentNotification initial = w.notifications.record(w.ref, authority(NotificationPhase.INITIAL,
                Instant.parse("2026-03-28T08:00:00Z"), null));

        assertThat(initial.rulesMet()).containsExactly("GDPR-SA");
        assertThat(w.clock("GDPR-SA").status()).isEqualTo(ClockStatus.MET);
        assertThat(w.clock("GDPR-SA").met().at()).isEqualTo(Instant.parse("2026-03-28T08:00:00Z"));
        assertThatThrownBy(() -> w.notifications.record(w.ref, authority(NotificationPhase.INITIAL,
                w.clock.instant(), null))).hasMessageStartingWith("notification.initial-twice");

        w.clock.set(Instant.parse("2026-04-10T09:00:00Z"));
        SentNotification followUp = w.notifications.record(w.ref, authority(NotificationPhase.FOLLOW_UP,
                Instant.parse("2026-04-10T08:00:00Z"), null));
        assertThat(followUp.rulesMet()).as("a follow-up meets no clock, and is never late").isEmpty();
        assertThat(followUp.reference()).isEqualTo("DKN.5110.123.2026");
        assertThat(w.notifications.list(w.ref)).extracting(SentNotification::phase)
                .containsExactly(NotificationPhase.INITIAL, NotificationPhase.FOLLOW_UP);
        AuditEvent recorded = w.auditLog.list(w.ref.toString()).stream()
                .filter(e -> e.action() == AuditAction.NOTIFICATION_RECORDED).findFirst().orElseThrow();
        assertThat(recorded.changes()).contains(new FieldChange("phase", null, "initial"),
                new FieldChange("rulesMet", null, "GDPR-SA"));
    }

    @Test
    void aLateInitialNotificationNeedsTheReasonForTheDelayAndKeepsIt() {
        w.clock.set(Instant.parse("2026-04-02T12:00:00Z"));
        Instant late = NotificationWorld.AUTHORITY_DUE.plusSeconds(3600);

        assertThatThrownBy(() -> w.notifications.record(w.ref, authority(NotificationPhase.INITIAL, late, " ")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("delayReason: clock.delay-reason-required");
        assertThat(w.notifications.list(w.ref)).isEmpty();
        assertThat(w.clock("GDPR-SA").status()).isEqualTo(ClockStatus.OVERDUE);

        SentNotification sent = w.notifications.record(w.ref, authority(NotificationPhase.INITIAL, late,
                "The extent was not known before the forensic report"));
        assertThat(sent.delayReason()).isEqualTo("The extent was not known before the forensic report");
        assertThat(w.clock("GDPR-SA").met().delayReason()).isEqualTo(sent.delayReason());
    }

    @Test
    void aNotificationIsNotSentBeforeAwarenessNorInTheFutureAndNamesItsChannel() {
        assertThatThrownBy(() -> w.notifications.record(w.ref, authority(NotificationPhase.INITIAL,
                Instant.parse("2026-03-27T09:00:00Z"), null))).hasMessageContaining("notification.before-aware");
        assertThatThrownBy(() -> w.notifications.record(w.ref, new NotificationService.Notice(
                NotificationTarget.AUTHORITY, null, null, Instant.parse("2026-03-29T00:00:00Z"), " ", null, null, null,
                null))).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors()).extracting(f -> f.field())
                        .containsExactly("sentAt", "channel", "phase"));
        assertThat(w.notifications.list(w.ref)).isEmpty();
    }

    @Test
    void otherNotificationsAreRecordsAndTheControllersMeetsTheProcessorsClock() {
        w.clocks.setFlags(w.ref, java.util.Set.of("processor"));
        assertThat(w.clock("GDPR-PROCESSOR").status()).isEqualTo(ClockStatus.RUNNING);

        SentNotification controller = w.notifications.record(w.ref, new NotificationService.Notice(
                NotificationTarget.CONTROLLER, "Bank Polska S.A.", null, Instant.parse("2026-03-27T15:00:00Z"),
                "e-mail", null, null, null, "Told their DPO by phone first"));
        SentNotification police = w.notifications.record(w.ref, new NotificationService.Notice(
                NotificationTarget.POLICE, "KRP Warszawa I", NotificationPhase.INITIAL,
                Instant.parse("2026-03-28T08:00:00Z"), "in person", "RSD-123/26", null, null, null));

        assertThat(controller.rulesMet()).containsExactly("GDPR-PROCESSOR");
        assertThat(w.clock("GDPR-PROCESSOR").status()).isEqualTo(ClockStatus.MET);
        assertThat(police.rulesMet()).isEmpty();
        assertThat(police.phase()).as("phases are the authority's").isNull();
        assertThat(w.notifications.list(w.ref)).extracting(SentNotification::target)
                .containsExactly(NotificationTarget.CONTROLLER, NotificationTarget.POLICE);
    }
}
