package org.trustcase.model.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.trustcase.model.deadlines.DeadlineEvent.AWARE;
import static org.trustcase.model.deadlines.DeadlineEvent.CLASSIFIED_MAJOR;
import static org.trustcase.model.deadlines.DeadlineEvent.DETERMINATION;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trustcase.model.cases.Jurisdiction;
import org.trustcase.model.common.Problem;
import org.trustcase.model.common.ValidationException;

class ClockEngineTest {
    private static final ClockEngine ENGINE = ClockEngine.standard();
    private static final Instant AWARE_AT = Instant.parse("2026-03-27T10:00:00Z");
    private static final Instant DUE = Instant.parse("2026-03-30T10:00:00Z");

    private static DeadlineClock only(ClockInputs inputs, Instant now) {
        List<DeadlineClock> clocks = ENGINE.compute(inputs, now);
        assertThat(clocks).hasSize(1);
        return clocks.get(0);
    }

    private static ClockInputs.Builder gdprSa() {
        return ClockInputs.builder().rule("GDPR-SA").jurisdiction(new Jurisdiction("PL"));
    }

    @Test
    void waitingUntilTheTriggerIsRecorded() {
        DeadlineClock clock = only(gdprSa().build(), AWARE_AT);
        assertThat(clock.status()).isEqualTo(ClockStatus.WAITING);
        assertThat(clock.dueAt()).isNull();
        assertThat(clock.reason()).isEqualTo(Problem.of("clock.reason.waiting-for", Problem.term("event", "aware")));
    }

    @Test
    void runningUntilAndIncludingTheDueInstantThenOverdue() {
        ClockInputs inputs = gdprSa().event(AWARE, AWARE_AT).build();
        assertThat(only(inputs, DUE.minusSeconds(1)).status()).isEqualTo(ClockStatus.RUNNING);
        assertThat(only(inputs, DUE).status()).isEqualTo(ClockStatus.RUNNING);
        DeadlineClock late = only(inputs, DUE.plusSeconds(1));
        assertThat(late.status()).isEqualTo(ClockStatus.OVERDUE);
        assertThat(late.dueAt()).isEqualTo(DUE);
        assertThat(late.dueLocal()).hasToString("2026-03-30T12:00+02:00[Europe/Warsaw]");
        assertThat(late.basis()).isEqualTo(Problem.of("clock.limit", 72, Problem.of("clock.unit.hours", 72), Problem.term("event", "aware")));
    }

    @Test
    void metOnTimeNeedsNoReason() {
        DeadlineClock clock = only(gdprSa().event(AWARE, AWARE_AT).met("GDPR-SA", MetRecord.onTime(DUE)).build(),
                DUE.plusSeconds(3600));
        assertThat(clock.status()).isEqualTo(ClockStatus.MET);
        assertThat(clock.met().at()).isEqualTo(DUE);
        assertThat(clock.metLate()).isFalse();
    }

    @Test
    void metLateRequiresAReasonForTheDelay() {
        ClockInputs withoutReason = gdprSa().event(AWARE, AWARE_AT)
                .met("GDPR-SA", new MetRecord(DUE.plusSeconds(1), "  ")).build();
        assertThatThrownBy(() -> ENGINE.compute(withoutReason, DUE.plusSeconds(10)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("met[GDPR-SA].delayReason: clock.met-late-reason-required(" + DUE.plusSeconds(1) + ", " + DUE + ")");

        ClockInputs withReason = gdprSa().event(AWARE, AWARE_AT)
                .met("GDPR-SA", new MetRecord(DUE.plusSeconds(1), "Forensic report arrived on day 4")).build();
        DeadlineClock clock = only(withReason, DUE.plusSeconds(10));
        assertThat(clock.status()).isEqualTo(ClockStatus.MET);
        assertThat(clock.metLate()).isTrue();
        assertThat(clock.met().delayReason()).isEqualTo("Forensic report arrived on day 4");
    }

    @Test
    void notApplicableSaysWhy() {
        DeadlineClock clock = only(ClockInputs.builder().rule("US-TX-AG").subjects(100L)
                .event(DETERMINATION, AWARE_AT).build(), AWARE_AT);
        assertThat(clock.status()).isEqualTo(ClockStatus.NOT_APPLICABLE);
        assertThat(clock.reason()).isEqualTo(Problem.of("clock.reason.below-minimum", 250L, 100L));
        assertThat(only(ClockInputs.builder().rule("NIS2-EARLY").build(), AWARE_AT).reason())
                .isEqualTo(Problem.of("clock.reason.requires-flags", 1, List.of(Problem.term("flag", "nis2-entity"))));
    }

    @Test
    void anUnknownSubjectCountKeepsTheClockAndSaysSo() {
        DeadlineClock clock = only(ClockInputs.builder().rule("US-TX-AG").event(DETERMINATION, AWARE_AT).build(), AWARE_AT);
        assertThat(clock.status()).isEqualTo(ClockStatus.RUNNING);
        assertThat(clock.reason()).isEqualTo(Problem.of("clock.reason.subjects-assumed", 250L));
    }

    @Test
    void theEarliestOfTwoLimitsAndWhatMayStillMoveIt() {
        // a credit institution: no weekend relief moves its deadline off the Saturday
        ClockInputs.Builder dora = ClockInputs.builder().rule("DORA-INITIAL").flag("dora-financial-entity")
                .flag("credit-institution").jurisdiction(new Jurisdiction("DE"));
        DeadlineClock awareOnly = only(dora.event(AWARE, AWARE_AT).build(), AWARE_AT);
        assertThat(awareOnly.dueAt()).isEqualTo(AWARE_AT.plusSeconds(24 * 3600));
        assertThat(awareOnly.reason()).isEqualTo(Problem.of("clock.reason.may-move-earlier", Problem.term("event", "classified-major")));
        assertThat(awareOnly.basis()).isEqualTo(Problem.of("clock.basis.earliest", Problem.of("clock.limits.and",
                Problem.of("clock.limit", 4, Problem.of("clock.unit.hours", 4), Problem.term("event", "classified-major")),
                Problem.of("clock.limit.yields", Problem.of("clock.limit", 24, Problem.of("clock.unit.hours", 24),
                        Problem.term("event", "aware")), Problem.term("event", "classified-major")))));

        DeadlineClock both = only(dora.event(CLASSIFIED_MAJOR, AWARE_AT.plusSeconds(3600)).build(), AWARE_AT);
        assertThat(both.dueAt()).isEqualTo(AWARE_AT.plusSeconds(5 * 3600));
        assertThat(both.reason()).isNull();
    }

    @Test
    void theChosenVariantIsNamedInTheBasis() {
        DeadlineClock clock = only(ClockInputs.builder().rule("JP-APPI-FINAL").flag("malicious")
                .event(DeadlineEvent.DETECTED, AWARE_AT).build(), AWARE_AT);
        assertThat(clock.basis()).isEqualTo(Problem.of("clock.basis.with-note",
                Problem.of("clock.limit", 60, Problem.of("clock.unit.calendar-days", 60), Problem.term("event", "detected")),
                "Breach for an unlawful purpose: 60 days."));
        assertThat(clock.limits()).containsExactly(TimeLimit.after(DeadlineEvent.DETECTED, 60, DurationUnit.CALENDAR_DAYS));
    }

    @Test
    void byJurisdictionEveryCoveringRuleGivesAClockInFileOrder() {
        List<DeadlineClock> clocks = ENGINE.compute(ClockInputs.builder().jurisdiction(new Jurisdiction("GB"))
                .jurisdiction(new Jurisdiction("SG")).event(AWARE, AWARE_AT).build(), AWARE_AT);
        assertThat(clocks).extracting(c -> c.rule().id()).containsExactly("UK-ICO", "UK-PECR", "SG-PDPC",
                "UK-PROCESSOR", "UK-DS", "UK-NIS-OES", "UK-NIS-RDSP", "SG-PDPA-INDIVIDUALS");
        assertThat(clocks).extracting(DeadlineClock::status).containsExactly(ClockStatus.RUNNING,
                ClockStatus.NOT_APPLICABLE, ClockStatus.WAITING, ClockStatus.NOT_APPLICABLE, ClockStatus.NOT_APPLICABLE,
                ClockStatus.NOT_APPLICABLE, ClockStatus.NOT_APPLICABLE, ClockStatus.WAITING);
        assertThat(clocks.get(0).zone()).isEqualTo(ZoneId.of("Europe/London"));
    }

    @Test
    void theLeadJurisdictionChoosesTheZoneOfAnEuRule() {
        ClockInputs inputs = ClockInputs.builder().jurisdiction(new Jurisdiction("PT")).jurisdiction(new Jurisdiction("PL"))
                .rule("GDPR-SA").event(AWARE, AWARE_AT).build();
        assertThat(only(inputs, AWARE_AT).zone()).isEqualTo(ZoneId.of("Europe/Lisbon"));
    }

    @Test
    void unknownRuleIdsFlagsAndMetRecordsAreRefusedNamingThem() {
        assertThatThrownBy(() -> ENGINE.compute(ClockInputs.builder().rule("GDPR-XX").build(), AWARE_AT))
                .isInstanceOf(ValidationException.class).hasMessage("rules: rules.unknown-rule(GDPR-XX)");
        assertThatThrownBy(() -> ENGINE.compute(ClockInputs.builder().flag("hi-risk").build(), AWARE_AT))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("flags: rules.unknown-flag(hi-risk, [");
        assertThatThrownBy(() -> ENGINE.compute(ClockInputs.builder().met("NOPE", MetRecord.onTime(AWARE_AT)).build(),
                AWARE_AT)).isInstanceOf(ValidationException.class).hasMessage("met[NOPE]: rules.unknown-id(NOPE)");
    }

    @Test
    void flagsAndRuleIdsAreCaseInsensitive() {
        DeadlineClock clock = only(ClockInputs.builder().rule("nis2-early").flag(" NIS2-Entity ")
                .jurisdiction(new Jurisdiction("DE")).event(AWARE, AWARE_AT).build(), AWARE_AT);
        assertThat(clock.status()).isEqualTo(ClockStatus.RUNNING);
        assertThat(clock.dueAt()).isEqualTo(AWARE_AT.plusSeconds(24 * 3600));
    }

    @Test
    void eventInstantsAreKeptInWholeSeconds() {
        ClockInputs inputs = gdprSa().event(AWARE, AWARE_AT.plusMillis(999)).build();
        assertThat(only(inputs, AWARE_AT).dueAt()).isEqualTo(DUE);
    }
}
