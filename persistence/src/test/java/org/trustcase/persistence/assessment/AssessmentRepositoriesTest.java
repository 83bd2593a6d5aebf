package org.trustcase.persistence.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustcase.model.assessment.Art34Exception;
import org.trustcase.model.assessment.Assessment;
import org.trustcase.model.assessment.DecisionDraft;
import org.trustcase.model.assessment.NotificationDecision;
import org.trustcase.model.assessment.RiskOutcome;
import org.trustcase.model.assessment.Suggestion;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.common.NotFoundException;
import org.trustcase.model.common.Problem;
import org.trustcase.model.severity.DataType;
import org.trustcase.model.severity.DpcAdjustment;
import org.trustcase.model.severity.IdentificationEase;
import org.trustcase.model.severity.SeverityInputs;
import org.trustcase.model.severity.SeverityMethod;
import org.trustcase.persistence.Workspace;
import org.trustcase.persistence.testing.SampleCases;

class AssessmentRepositoriesTest {
    private static final Instant AT = Instant.parse("2026-03-05T08:15:30.250Z");
    private static final CaseReference REF = new CaseReference(2026, 1);

    @TempDir
    Path dir;
    private Workspace workspace;

    @BeforeEach
    void createWithACase() {
        workspace = Workspace.create(dir);
        tx(() -> workspace.cases().insert(REF, SampleCases.everyField(), CaseStatus.INVESTIGATING, AT));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private <T> T tx(Supplier<T> work) {
        return workspace.transactions().inTransaction(work);
    }

    private static Assessment assessment(int version, String narrative, DpcAdjustment... adjustments) {
        SeverityInputs inputs = new SeverityInputs(DataType.BEHAVIOURAL, List.of(adjustments),
                IdentificationEase.SIGNIFICANT, new BigDecimal("0.5"), new BigDecimal("0.25"), BigDecimal.ZERO, true);
        return new Assessment(REF, version, "dpo", AT, inputs, SeverityMethod.standard().score(inputs), narrative);
    }

    @Test
    void assessmentsRoundTripWithInputsResultAndExplanation() {
        Assessment first = assessment(1, "Profiles of habits exposed",
                new DpcAdjustment(BigDecimal.ONE, "one year of history"), new DpcAdjustment(new BigDecimal("-0.5"), "partly public"));
        Assessment second = assessment(2, null);
        tx(() -> workspace.assessments().insert(first));
        tx(() -> workspace.assessments().insert(second));

        List<Assessment> stored = tx(() -> workspace.assessments().list(REF));
        assertThat(stored).hasSize(2);
        Assessment read = stored.get(0);
        assertThat(read.inputs()).isEqualTo(first.inputs());
        assertThat(read.result().score()).isEqualByComparingTo(first.result().score());
        assertThat(read.result().band()).isEqualTo(first.result().band());
        assertThat(read.result().dpc()).isEqualByComparingTo(first.result().dpc());
        assertThat(read.result().adjustedDpc()).isEqualByComparingTo(first.result().adjustedDpc());
        assertThat(read.result().explanation()).isEqualTo(first.result().explanation());
        assertThat(read.narrative()).isEqualTo("Profiles of habits exposed");
        assertThat(read.assessedAt()).isEqualTo(AT);
        assertThat(stored.get(1).inputs().adjustments()).isEmpty();
        assertThat(tx(() -> workspace.assessments().latest(REF))).map(Assessment::version).contains(2);
    }

    @Test
    void decisionsRoundTripWithTheirSuggestionAndSignOff() {
        Suggestion suggestion = new Suggestion(RiskOutcome.HIGH_RISK, true, false, Art34Exception.DISPROPORTIONATE_EFFORT,
                List.of(Problem.of("reasoning.band", "1", "3.5", "high", Problem.of("reasoning.outcome.high-risk")),
                        Problem.of("reasoning.subjects", "20000")), 1);
        DecisionDraft draft = new DecisionDraft(true, "Risk to customers", false, null,
                Art34Exception.DISPROPORTIONATE_EFFORT, null);
        NotificationDecision decision = new NotificationDecision(REF, 1, "dpo", AT, draft, suggestion, 1, null);
        tx(() -> workspace.assessments().insert(assessment(1, null)));
        tx(() -> workspace.decisions().insert(decision));
        assertThat(tx(() -> workspace.decisions().list(REF))).containsExactly(decision);

        NotificationDecision.SignOff signOff = new NotificationDecision.SignOff("legal", AT.plusSeconds(60));
        tx(() -> {
            workspace.decisions().signOff(REF, 1, signOff);
            return null;
        });
        assertThat(tx(() -> workspace.decisions().latest(REF))).contains(decision.withSignOff(signOff));
        assertThatThrownBy(() -> tx(() -> {
            workspace.decisions().signOff(REF, 1, signOff);
            return null;
        })).hasMessageContaining("already signed off");
    }

    @Test
    void theLatestVersionsOfManyCasesAreReadAtOnce() {
        CaseReference two = new CaseReference(2026, 2);
        CaseReference none = new CaseReference(2026, 3);
        tx(() -> workspace.cases().insert(two, SampleCases.everyField(), CaseStatus.NEW, AT));
        tx(() -> workspace.cases().insert(none, SampleCases.everyField(), CaseStatus.NEW, AT));
        tx(() -> workspace.assessments().insert(assessment(1, "first", new DpcAdjustment(BigDecimal.ONE, "old"))));
        tx(() -> workspace.assessments().insert(assessment(2, "second", new DpcAdjustment(new BigDecimal("-1"), "new"))));
        Assessment ofTwo = new Assessment(two, 1, "dpo", AT, assessment(1, null).inputs(), assessment(1, null).result(),
                "other case");
        tx(() -> workspace.assessments().insert(ofTwo));
        Suggestion suggestion = new Suggestion(RiskOutcome.RISK, true, false, null, List.of(Problem.of("reasoning.subjects-unknown")), 2);
        for (int version = 1; version <= 2; version++) {
            NotificationDecision d = new NotificationDecision(REF, version, "dpo", AT,
                    new DecisionDraft(true, "v" + version, false, "b", null, null), suggestion, 2, null);
            tx(() -> workspace.decisions().insert(d));
        }

        var assessments = tx(() -> workspace.assessments().latest(List.of(REF, two, none)));
        assertThat(assessments).containsOnlyKeys(REF, two);
        assertThat(assessments.get(REF).version()).isEqualTo(2);
        assertThat(assessments.get(REF).inputs().adjustments()).extracting(DpcAdjustment::reason).containsExactly("new");
        assertThat(assessments.get(REF)).isEqualTo(tx(() -> workspace.assessments().latest(REF)).orElseThrow());
        assertThat(assessments.get(two).narrative()).isEqualTo("other case");

        var decisions = tx(() -> workspace.decisions().latest(List.of(REF, two, none)));
        assertThat(decisions).containsOnlyKeys(REF);
        assertThat(decisions.get(REF).decision().authorityReason()).isEqualTo("v2");
    }

    @Test
    void anUnknownCaseIsNotFound() {
        assertThatThrownBy(() -> tx(() -> workspace.assessments().list(new CaseReference(2026, 9))))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theDatabaseRefusesToRewriteAssessmentsOrDecisions() throws Exception {
        tx(() -> workspace.assessments().insert(assessment(1, "x", new DpcAdjustment(BigDecimal.ONE, "r"))));
        Suggestion suggestion = new Suggestion(RiskOutcome.RISK, true, false, null, List.of(Problem.of("reasoning.subjects-unknown")), 1);
        tx(() -> workspace.decisions().insert(new NotificationDecision(REF, 1, "dpo", AT,
                new DecisionDraft(true, "a", false, "b", null, null), suggestion, 1, null)));
        workspace.close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Workspace.DATABASE_FILE));
                Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("UPDATE assessment SET score = '0'"))
                    .hasMessageContaining("never overwritten");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM assessment_adjustment"))
                    .hasMessageContaining("never deleted");
            assertThatThrownBy(() -> s.executeUpdate("UPDATE notification_decision SET notify_authority = 0"))
                    .hasMessageContaining("never changed");
            assertThatThrownBy(() -> s.executeUpdate("UPDATE notification_decision SET suggestion_reasons = '[]'"))
                    .as("the suggestion a decision answered is kept too").hasMessageContaining("never changed");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM notification_decision"))
                    .hasMessageContaining("never deleted");
        }
        workspace = Workspace.open(dir);
    }
}
