package org.trustcase.app.ui.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.TimeText;
import org.trustcase.model.cases.BreachType;
import org.trustcase.model.cases.CaseDetails;
import org.trustcase.model.cases.CaseField;
import org.trustcase.model.cases.Jurisdiction;
import org.trustcase.model.cases.Party;
import org.trustcase.model.cases.PartyRole;

class CaseFormTest {
    private static final Instant NOW = Instant.parse("2026-03-30T10:00:00Z");
    private final CaseForm form = new CaseForm(Clock.fixed(NOW, ZoneOffset.UTC),
            new TimeText(ZoneId.of("Europe/Warsaw")), Messages.forLocale(Locale.ENGLISH));

    private void fillValid() {
        form.text(CaseField.TITLE).set("Lost laptop");
        form.text(CaseField.AWARE_AT).set("2026-03-30 11:30");
    }

    @Test
    void aTitleAndAwareAtMakeAValidDraft() {
        fillValid();
        assertThat(form.isValid()).isTrue();
        CaseDetails details = form.details().orElseThrow();
        assertThat(details.title()).isEqualTo("Lost laptop");
        assertThat(details.awareAt()).isEqualTo(Instant.parse("2026-03-30T09:30:00Z"));
    }

    @Test
    void aMissingTitleIsAProblemShownOnlyOnceTheFieldWasTouched() {
        fillValid();
        form.text(CaseField.TITLE).set("");
        assertThat(form.isValid()).isFalse();
        assertThat(form.problems()).containsEntry("title", "Title is required");
        var shown = form.shownProblem("title");
        assertThat(shown.get()).isNull();
        form.touch("title");
        assertThat(shown.get()).isEqualTo("Title is required");
        form.text(CaseField.TITLE).set("Back again");
        assertThat(shown.get()).isNull();
        assertThat(form.isValid()).isTrue();
    }

    @Test
    void revealAllShowsEveryProblem() {
        assertThat(form.shownProblem("awareAt").get()).isNull();
        form.revealAll();
        assertThat(form.shownProblem("awareAt").get()).startsWith("Aware at is required");
        assertThat(form.shownProblem("title").get()).isEqualTo("Title is required");
    }

    @Test
    void anUnreadableTimeNamesWhatWasTypedAndTheExpectedForm() {
        fillValid();
        form.text(CaseField.DETECTED_AT).set("yesterday");
        assertThat(form.problems().get("detectedAt"))
                .isEqualTo("Detected at: ‘yesterday’ is not a date and time (type it as yyyy-MM-dd HH:mm).");
        assertThat(form.isValid()).isFalse();
    }

    @Test
    void aTimeInTheFutureIsRefusedByTheModelRule() {
        fillValid();
        form.text(CaseField.AWARE_AT).set("2026-03-30 12:30");
        assertThat(form.problems().get("awareAt")).startsWith("Aware at is in the future");
    }

    @Test
    void awarenessAfterDetectionAsksForAReasonWithoutBlockingIntake() {
        fillValid();
        assertThat(form.gapReasonNeededProperty().get()).isFalse();
        form.text(CaseField.DETECTED_AT).set("2026-03-29 08:00");
        assertThat(form.gapReasonNeededProperty().get()).isTrue();
        assertThat(form.problems()).doesNotContainKey("awareGapReason");
        assertThat(form.isValid()).isTrue();
        form.text(CaseField.AWARE_GAP_REASON).set("Confirmed personal data only the next morning");
        assertThat(form.details().orElseThrow().awareGapReason()).isEqualTo("Confirmed personal data only the next morning");
    }

    @Test
    void jurisdictionsAreCodesSeparatedByCommasOrSpaces() {
        fillValid();
        form.text(CaseField.JURISDICTIONS).set("pl, DE  us-ca");
        assertThat(form.details().orElseThrow().jurisdictions()).extracting(Jurisdiction::code)
                .containsExactly("PL", "DE", "US-CA");
    }

    @Test
    void unknownJurisdictionCodesAreNamed() {
        fillValid();
        form.text(CaseField.JURISDICTIONS).set("PL, XX, US-ZZ");
        assertThat(form.problems().get("jurisdictions"))
                .startsWith("Unknown jurisdiction codes: XX, US-ZZ");
        form.text(CaseField.JURISDICTIONS).set("PL XQ");
        assertThat(form.problems().get("jurisdictions")).startsWith("Unknown jurisdiction code: XQ");
    }

    @Test
    void countsAcceptDigitGroupingAndRejectWords() {
        fillValid();
        form.text(CaseField.APPROX_SUBJECTS).set("18 500");
        assertThat(form.details().orElseThrow().approxSubjects()).isEqualTo(18_500L);
        form.text(CaseField.APPROX_SUBJECTS).set("many");
        assertThat(form.problems().get("approxSubjects")).contains("‘many’ is not a whole number");
        form.text(CaseField.APPROX_SUBJECTS).set("-5");
        assertThat(form.problems().get("approxSubjects")).isEqualTo("Approx. number of data subjects cannot be negative");
    }

    @Test
    void aPartyNeedsAName() {
        fillValid();
        form.parties().add(new PartyDraft());
        assertThat(form.problems().get("parties")).isEqualTo("Party 1: name is required");
        form.parties().get(0).nameProperty().set("CloudCRM Ltd.");
        assertThat(form.isValid()).isTrue();
    }

    @Test
    void loadingStoredDetailsRoundTripsEveryField() {
        CaseDetails stored = CaseDetails.builder()
                .title("Ransomware").summary("Files encrypted").reporter("SOC")
                .awareAt(Instant.parse("2026-03-29T10:00:00Z")).detectedAt(Instant.parse("2026-03-29T09:00:00Z"))
                .awareGapReason("Needed to confirm data").occurredFrom(Instant.parse("2026-03-28T00:00:00Z"))
                .containedAt(Instant.parse("2026-03-29T12:00:00Z"))
                .breachTypes(java.util.Set.of(BreachType.AVAILABILITY)).approxSubjects(10L)
                .jurisdictions(java.util.List.of(new Jurisdiction("PL")))
                .parties(java.util.List.of(new Party(PartyRole.PROCESSOR, "Hoster")))
                .remedialActions("Restored from backup").owner("Anna").build();
        form.load(stored);
        assertThat(form.isDirty()).isFalse();
        assertThat(form.details()).contains(stored);
        form.text(CaseField.OWNER).set("Piotr");
        assertThat(form.isDirty()).isTrue();
    }
}
