package org.trustcase.persistence.caseclocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustcase.model.caseclocks.CaseClockFacts;
import org.trustcase.model.caseclocks.ClockOutcome;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.common.NotFoundException;
import org.trustcase.model.deadlines.DeadlineEvent;
import org.trustcase.persistence.Workspace;
import org.trustcase.persistence.testing.SampleCases;

class JooqCaseClockRepositoryTest {
    private static final Instant AT = Instant.parse("2026-03-05T08:15:30Z");
    private static final CaseReference ONE = new CaseReference(2026, 1);
    private static final CaseReference TWO = new CaseReference(2026, 2);

    @TempDir
    Path dir;
    private Workspace workspace;

    @BeforeEach
    void createWithTwoCases() {
        workspace = Workspace.create(dir);
        tx(() -> workspace.cases().insert(ONE, SampleCases.everyField(), CaseStatus.INVESTIGATING, AT));
        tx(() -> workspace.cases().insert(TWO, SampleCases.everyField(), CaseStatus.NEW, AT));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private <T> T tx(Supplier<T> work) {
        return workspace.transactions().inTransaction(work);
    }

    private void run(Runnable work) {
        tx(() -> {
            work.run();
            return null;
        });
    }

    @Test
    void factsRoundTripAndEventsAreReplaced() {
        run(() -> workspace.caseClocks().putEvent(ONE, DeadlineEvent.INITIAL_NOTIFICATION, AT));
        run(() -> workspace.caseClocks().putEvent(ONE, DeadlineEvent.INITIAL_NOTIFICATION, AT.plusSeconds(60)));
        run(() -> workspace.caseClocks().putEvent(ONE, DeadlineEvent.DETERMINATION, AT));
        run(() -> workspace.caseClocks().putFlags(ONE, Set.of("nis2-entity", "dora-financial-entity")));
        run(() -> workspace.caseClocks().putFlags(ONE, Set.of("nis2-entity")));
        ClockOutcome met = new ClockOutcome("GDPR-SA", ClockOutcome.Kind.MET, AT, "late because", "dpo", AT.plusSeconds(5));
        ClockOutcome waived = new ClockOutcome("UK-ICO", ClockOutcome.Kind.WAIVED, AT, "no UK subjects", "dpo", AT);
        run(() -> workspace.caseClocks().putOutcome(ONE, met));
        run(() -> workspace.caseClocks().putOutcome(ONE, waived));

        CaseClockFacts facts = tx(() -> workspace.caseClocks().facts(ONE));
        assertThat(facts.events()).containsExactlyInAnyOrderEntriesOf(Map.of(
                DeadlineEvent.INITIAL_NOTIFICATION, AT.plusSeconds(60), DeadlineEvent.DETERMINATION, AT));
        assertThat(facts.flags()).containsExactly("nis2-entity");
        assertThat(facts.outcomes()).containsExactlyInAnyOrderEntriesOf(Map.of("GDPR-SA", met, "UK-ICO", waived));
        assertThat(tx(() -> workspace.caseClocks().facts(TWO))).isEqualTo(CaseClockFacts.NONE);
    }

    @Test
    void manyCasesAreReadAtOnce() {
        run(() -> workspace.caseClocks().putFlags(TWO, Set.of("sec-registrant")));
        Map<CaseReference, CaseClockFacts> all = tx(() -> workspace.caseClocks().facts(List.of(ONE, TWO)));
        assertThat(all).containsOnlyKeys(TWO);
        assertThat(all.get(TWO).flags()).containsExactly("sec-registrant");
    }

    @Test
    void outcomesAreFinalAndUnknownCasesNotFound() {
        ClockOutcome met = new ClockOutcome("GDPR-SA", ClockOutcome.Kind.MET, AT, null, "dpo", AT);
        run(() -> workspace.caseClocks().putOutcome(ONE, met));
        assertThatThrownBy(() -> run(() -> workspace.caseClocks().putOutcome(ONE, met)))
                .hasMessageContaining("a clock outcome is replaced only by a correction with a reason");
        ClockOutcome corrected = new ClockOutcome("GDPR-SA", ClockOutcome.Kind.MET, AT.plusSeconds(60), null, "dpo",
                AT.plusSeconds(120), "The e-mail to the authority left a minute later");
        run(() -> workspace.caseClocks().putOutcome(ONE, corrected));
        assertThat(tx(() -> workspace.caseClocks().facts(ONE)).outcomes()).containsEntry("GDPR-SA", corrected);
        run(() -> workspace.caseClocks().putOutcome(ONE, new ClockOutcome("GDPR-SA", ClockOutcome.Kind.WITHDRAWN,
                AT.plusSeconds(180), null, "dpo", AT.plusSeconds(180), "Marked on the wrong case")));
        assertThat(tx(() -> workspace.caseClocks().facts(ONE)).outcomes()).as("withdrawn").isEmpty();
        run(() -> workspace.caseClocks().putOutcome(ONE, met));
        assertThat(tx(() -> workspace.caseClocks().facts(ONE)).outcomes()).containsEntry("GDPR-SA", met);
        assertThatThrownBy(() -> run(() -> workspace.caseClocks().putFlags(new CaseReference(2026, 9), Set.of())))
                .isInstanceOf(NotFoundException.class);
    }
}
