package org.trustcase.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.trustcase.app.text.Texts;
import org.trustcase.app.ui.form.Fact;
import org.trustcase.model.assessment.Assessment;
import org.trustcase.model.assessment.AssessmentComparison.Difference;
import org.trustcase.model.assessment.DecisionDraft;
import org.trustcase.model.assessment.NotificationDecision;
import org.trustcase.model.cases.BreachType;
import org.trustcase.model.cases.CaseDetails;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.severity.DataType;
import org.trustcase.model.severity.IdentificationEase;
import org.trustcase.model.severity.SeverityInputs;

/** The Assessment tab driven as a DPO does: calculator, suggestion, decision, sign-off and versions. */
@ExtendWith(ApplicationExtension.class)
class AssessmentFlowTest extends WindowTest {
    private static final CaseReference REF = CaseReference.parse("TC-2026-0001");
    private static final PseudoClass CHANGED = PseudoClass.getPseudoClass("changed");

    @Start
    void start(Stage stage) {
        context.cases().open(CaseDetails.builder().title("Card numbers exposed in a support ticket export")
                .awareAt(NOW.minusSeconds(3600)).owner("Anna Kowalska")
                .breachTypes(Set.of(BreachType.CONFIDENTIALITY)).approxSubjects(500L).build());
        context.cases().move(REF, null, CaseStatus.TRIAGE, null);
        context.cases().move(REF, null, CaseStatus.INVESTIGATING, null);
        show(stage);
    }

    @Test
    void aDpoAssessesDecidesAgainstTheSuggestionWithAJustificationAndComparesVersions(FxRobot robot) {
        openAssessmentTab(robot);
        assertThat(checklist(robot)).contains("No risk assessment recorded");
        assertThat(shown(robot, "#assessment-result-incomplete")).isTrue();
        assertThat(button(robot, "#assessment-record").isDisabled()).isTrue();
        assertThat(shown(robot, "#assessment-cb-unverified")).as("the CB values are ENISA's own").isFalse();
        assertThat(text(robot, "#suggestion-none")).isEqualTo("Record an assessment to get a suggestion.");
        assertThat(shown(robot, "#decision-needs-assessment")).isTrue();

        // the calculator, by keyboard and by mouse; the result follows every input
        focus(robot, "#assessment-data-type");
        robot.type(KeyCode.DOWN, 3);
        assertThat(combo(robot, "#assessment-data-type").getValue()).isEqualTo(DataType.FINANCIAL);
        assertThat(text(robot, "#assessment-data-type-examples")).contains("bank statements");
        choose(robot, "#assessment-ei", "Maximum — 1");
        assertThat(text(robot, "#assessment-ei-meaning")).contains("Directly identifying");
        assertThat(text(robot, "#assessment-score")).isEqualTo("3");
        assertThat(text(robot, "#assessment-band")).isEqualTo("High");
        focus(robot, "#assessment-cb-confidentiality");
        robot.type(KeyCode.DOWN, 2);
        assertThat(text(robot, "#assessment-score")).isEqualTo("3.5");
        assertThat(text(robot, "#assessment-band")).isEqualTo("High");
        assertThat(robot.lookup("#assessment-band").query().getStyleClass()).contains("band-pill", "band-high");
        assertThat(text(robot, "#assessment-dpc")).isEqualTo("3");
        assertThat(text(robot, "#assessment-cb-value")).isEqualTo("0.5");
        assertThat(explanation(robot)).contains("Severity = DPC × EI + CB = 3 × 1 + 0.5 = 3.5: High.");
        focus(robot, "#assessment-narrative");
        robot.write("Card fraud");

        click(robot, "#assessment-record");
        settle();
        List<Assessment> recorded = context.assessments().assessments(REF);
        assertThat(recorded).hasSize(1);
        assertThat(recorded.get(0).result().score()).isEqualByComparingTo("3.5");
        assertThat(recorded.get(0).narrative()).isEqualTo("Card fraud");
        assertThat(text(robot, "#assessment-basis")).isEqualTo("Unchanged since version 1.");
        assertThat(button(robot, "#assessment-record").isDisabled()).isTrue();
        assertThat(checklist(robot)).doesNotContain("No risk assessment recorded")
                .contains("No notification decision recorded");

        // the suggestion with every step of its reasoning
        assertThat(text(robot, "#suggestion-outcome")).isEqualTo("High risk");
        assertThat(text(robot, "#suggestion-subjects")).isEqualTo("Communicate the breach to the data subjects (Art. 34)");
        List<String> reasons = Texts.english().render(context.assessments().suggest(REF).reasons());
        Pane shownReasons = robot.lookup("#suggestion-reasons").queryAs(Pane.class);
        assertThat(shownReasons.getChildren()).hasSize(reasons.size());
        assertThat(robot.lookup(reasons.get(0)).tryQuery()).isPresent();

        // a decision against the suggestion asks for a justification
        click(robot, "#decision-authority-yes");
        focus(robot, "#decision-authority-reason");
        robot.write("500 cards");
        click(robot, "#decision-subjects-no");
        focus(robot, "#decision-subjects-reason");
        robot.write("Cards blocked");
        assertThat(shown(robot, "#decision-departure-warning")).isTrue();
        assertThat(text(robot, "#decision-departure-text")).contains("authority yes, data subjects yes");
        assertThat(shown(robot, "#decision-justification")).isTrue();
        assertThat(button(robot, "#decision-record").isDisabled()).isTrue();
        focus(robot, "#decision-justification");
        robot.write("Replaced in 1 h");
        assertThat(button(robot, "#decision-record").isDisabled()).isFalse();
        click(robot, "#decision-record");
        settle();

        NotificationDecision decision = context.assessments().decisions(REF).get(0);
        assertThat(decision.departsFromSuggestion()).isTrue();
        assertThat(decision.decision().departureJustification())
                .isEqualTo("Replaced in 1 h");
        assertThat(text(robot, "#decision-departs")).startsWith("Departs from the suggestion");
        assertThat(text(robot, "#decision-current-subjects")).isEqualTo("Do not communicate to the data subjects");
        assertThat(shown(robot, "#decision-justification")).as("form emptied").isFalse();
        assertThat(checklist(robot)).doesNotContain("No notification decision recorded");
        assertThat(button(robot, "#decision-signoff").isDisabled()).isFalse();

        // a second assessment, edited from the first
        choose(robot, "#assessment-ei", "Limited — 0.5");
        click(robot, "#assessment-add-adjustment");
        robot.write("Last 4 digits");
        focus(robot, "#assessment-adjustment-0-delta");
        robot.type(KeyCode.DOWN, 4);
        assertThat(text(robot, "#assessment-dpc")).isEqualTo("2");
        assertThat(text(robot, "#assessment-score")).isEqualTo("1.5");
        assertThat(text(robot, "#assessment-band")).isEqualTo("Low");
        assertThat(robot.lookup("#assessment-band").query().getStyleClass()).contains("band-low")
                .doesNotContain("band-high");
        assertThat(text(robot, "#assessment-basis")).contains("version 1", "version 2");
        click(robot, "#assessment-record");
        settle();
        assertThat(context.assessments().assessments(REF)).hasSize(2);
        assertThat(text(robot, "#suggestion-outcome")).isEqualTo("No risk");
        assertThat(shown(robot, "#decision-stale")).isTrue();
        assertThat(text(robot, "#decision-stale")).contains("version 1", "version 2");
        assertThat(button(robot, "#decision-signoff").isDisabled()).as("stale decisions are not signed off").isTrue();

        // compare the two versions: the changed inputs are highlighted
        TableView<?> history = robot.lookup("#assessment-history").queryTableView();
        assertThat(history.getItems()).hasSize(2);
        assertThat(button(robot, "#assessment-compare").isDisabled()).isTrue();
        reveal(robot, "#assessment-history");
        List<Node> rows = List.copyOf(robot.from(history).lookup(".table-row-cell").queryAll());
        robot.clickOn(rows.get(0));
        robot.press(KeyCode.CONTROL).clickOn(rows.get(1)).release(KeyCode.CONTROL);
        assertThat(button(robot, "#assessment-compare").isDisabled()).isFalse();
        click(robot, "#assessment-compare");
        settle();
        assertThat(shown(robot, "#assessment-comparison-table")).isTrue();
        assertThat(text(robot, "#assessment-comparison-title")).isEqualTo("Version 1 and version 2");
        TableView<?> comparison = robot.lookup("#assessment-comparison-table").queryTableView();
        assertThat(comparison.getItems()).hasSize(11);
        List<String> highlighted = new ArrayList<>();
        for (int i = 0; i < comparison.getItems().size(); i++) {
            int index = i;
            robot.interact(() -> comparison.scrollTo(index));
            TableRow<?> row = robot.from(comparison).lookup(".table-row-cell").queryAll().stream()
                    .map(node -> (TableRow<?>) node).filter(shown -> shown.getIndex() == index).findFirst().orElseThrow();
            if (row.getPseudoClassStates().contains(CHANGED)) {
                highlighted.add(((Difference) row.getItem()).item());
            }
        }
        assertThat(highlighted).containsExactlyInAnyOrder("dpcAdjustments", "ease", "dpc", "score", "band");
        assertThat(((Difference) comparison.getItems().get(1)).right()).isEqualTo("-1: Last 4 digits");
        robot.interact(() -> comparison.scrollTo(0));
        assertThat(robot.from(comparison).lookup((Text shown) -> "Limited — 0.5".equals(shown.getText())).tryQuery())
                .as("values shown in words").isPresent();
    }

    @Test
    void theSuggestionFollowsTheFactsEditedOnTheOverview(FxRobot robot) {
        context.assessments().assess(REF, new SeverityInputs(DataType.FINANCIAL, List.of(), IdentificationEase.MAXIMUM,
                new BigDecimal("0.5"), BigDecimal.ZERO, BigDecimal.ZERO, false), null);
        openAssessmentTab(robot);
        assertThat(text(robot, "#suggestion-outcome")).isEqualTo("High risk");
        assertThat(combo(robot, "#assessment-data-type").getValue()).as("prefilled from the latest version")
                .isEqualTo(DataType.FINANCIAL);
        assertThat(text(robot, "#assessment-band")).isEqualTo("High");

        robot.clickOn("#case-tab-overview");
        focus(robot, "#overview-highRiskRemoved");
        robot.type(KeyCode.UP, 2);
        assertThat(combo(robot, "#overview-highRiskRemoved").getValue()).isEqualTo(Fact.YES);
        shortcut(robot, KeyCode.S);
        settle();
        robot.clickOn("#case-tab-assessment");
        assertThat(text(robot, "#suggestion-subjects")).contains("Art. 34(3)(b)");
        assertThat(context.assessments().suggest(REF).exception()).isNotNull();
    }

    private void openAssessmentTab(FxRobot robot) {
        robot.clickOn("#nav-cases");
        settle();
        robot.doubleClickOn("TC-2026-0001");
        settle();
        robot.clickOn("#case-tab-assessment");
        settle();
    }

    private static Button button(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Button.class);
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<Object> combo(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(ComboBox.class);
    }

    private static List<String> explanation(FxRobot robot) {
        Pane lines = robot.lookup("#assessment-explanation").queryAs(Pane.class);
        return lines.getChildren().stream().map(node -> ((Label) node).getText()).toList();
    }

    /** Opens a choice box with the mouse and picks the item showing {@code item}. */
    private static void choose(FxRobot robot, String query, String item) {
        click(robot, query);
        robot.clickOn(item);
    }

    private static void click(FxRobot robot, String query) {
        reveal(robot, query);
        robot.clickOn(query);
    }
}
