package org.trustcase.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.trustcase.app.AppContext;
import org.trustcase.app.testing.TestContexts;
import org.trustcase.model.assessment.DecisionDraft;
import org.trustcase.model.cases.BreachType;
import org.trustcase.model.cases.CaseDetails;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.common.Actor;
import org.trustcase.model.severity.DataType;
import org.trustcase.model.severity.IdentificationEase;
import org.trustcase.model.severity.SeverityInputs;

/** Four eyes: the decision jan.dpo recorded is signed off by anna.dpo at the window. */
@ExtendWith(ApplicationExtension.class)
class ReviewerSignOffTest extends WindowTest {
    private static final CaseReference REF = CaseReference.parse("TC-2026-0001");

    @Override
    protected AppContext newContext() {
        return TestContexts.workspace(clock, TestContexts.ACTOR, new Actor("jan.dpo"), recorder -> {
            recorder.cases().open(CaseDetails.builder().title("Card numbers exposed in a support ticket export")
                    .awareAt(NOW.minusSeconds(3600)).owner("Anna Kowalska")
                    .breachTypes(Set.of(BreachType.CONFIDENTIALITY)).approxSubjects(500L).build());
            recorder.cases().move(REF, null, CaseStatus.TRIAGE, null);
            recorder.cases().move(REF, null, CaseStatus.INVESTIGATING, null);
            recorder.assessments().assess(REF, new SeverityInputs(DataType.SIMPLE, List.of(), IdentificationEase.LIMITED,
                    BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, false), "Letters returned unopened");
            var suggestion = recorder.assessments().suggest(REF);
            recorder.assessments().decide(REF, new DecisionDraft(suggestion.notifyAuthority(),
                    "Unlikely to result in a risk", suggestion.notifySubjects(), "Nothing was read", null, null));
        });
    }

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Test
    void aReviewerSignsOffTheCurrentDecision(FxRobot robot) {
        robot.clickOn("#nav-cases");
        settle();
        robot.doubleClickOn("TC-2026-0001");
        settle();
        robot.clickOn("#case-tab-assessment");
        settle();
        assertThat(text(robot, "#decision-signoff-status")).isEqualTo("Not signed off yet.");
        assertThat(text(robot, "#decision-departs")).isEqualTo("Follows the suggestion.");
        assertThat(text(robot, "#decision-meta")).isEqualTo("Version 1 by jan.dpo, 2026-03-30 10:00 Z, "
                + "taken on assessment version 1");

        reveal(robot, "#decision-signoff");
        robot.clickOn("#decision-signoff");
        settle();
        assertThat(context.assessments().decisions(REF).get(0).signOff().reviewer()).isEqualTo("anna.dpo");
        assertThat(text(robot, "#decision-signoff-status")).isEqualTo("Signed off by anna.dpo, 2026-03-30 10:00 Z");
        assertThat(robot.lookup("#decision-signoff").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#decision-history").queryTableView().getItems()).hasSize(1);
    }
}
