package org.trustcase.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.organisation.OrganisationProfile;

/**
 * The organisation profile in Settings: filled in and saved by the DPO, refused field by field when wrong, and its
 * sector facts taken by the next case opened as its regime flags.
 */
@ExtendWith(ApplicationExtension.class)
class OrganisationSettingsTest extends WindowTest {
    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Test
    void theDpoFillsInTheProfileAndNewCasesTakeItsSectorFacts(FxRobot robot) {
        robot.clickOn("#nav-settings");
        settle();
        reveal(robot, "#organisation-legal-name");
        robot.clickOn("#organisation-legal-name").write("Acme Bank S.A.");
        reveal(robot, "#organisation-dpo-email");
        robot.clickOn("#organisation-dpo-email").write("not an address");
        reveal(robot, "#organisation-flag-nis2-entity");
        robot.clickOn("#organisation-flag-nis2-entity");
        reveal(robot, "#organisation-save");
        robot.clickOn("#organisation-save");
        settle();
        assertThat(text(robot, "#organisation-notice")).contains("'not an address' is not an e-mail address");
        assertThat(context.organisation().profile()).isEqualTo(OrganisationProfile.EMPTY);

        reveal(robot, "#organisation-dpo-email");
        robot.doubleClickOn("#organisation-dpo-email");
        robot.interact(() -> robot.lookup("#organisation-dpo-email").queryTextInputControl().setText(
                "iod@acme.example"));
        reveal(robot, "#organisation-save");
        robot.clickOn("#organisation-save");
        settle();

        assertThat(text(robot, "#organisation-notice")).isEqualTo("Organisation saved.");
        OrganisationProfile saved = context.organisation().profile();
        assertThat(saved.legalName()).isEqualTo("Acme Bank S.A.");
        assertThat(saved.dpoEmail()).isEqualTo("iod@acme.example");
        assertThat(saved.sectorFlags()).containsExactly("nis2-entity");
        BreachCase opened = seed("Card data in a misdirected e-mail");
        assertThat(context.clocks().facts(opened.reference()).flags()).containsExactly("nis2-entity");
    }

    @Test
    void movingTheOrganisationToAnotherZoneCountsTheOpenCasesDeadlinesAgain(FxRobot robot) {
        var breach = context.cases().open(org.trustcase.model.cases.CaseDetails.builder().title("Stolen laptop")
                .detectedAt(NOW.minusSeconds(7_200)).awareAt(NOW.minusSeconds(3_600))
                .jurisdictions(java.util.List.of(new org.trustcase.model.cases.Jurisdiction("US-NY"))).build());
        robot.clickOn("#nav-settings");
        settle();
        robot.interact(() -> {
            robot.lookup("#organisation-legal-name").queryTextInputControl().setText("Acme Lending Inc.");
            robot.lookup("#organisation-home").queryTextInputControl().setText("US-CA");
            robot.lookup("#organisation-time-zone").queryTextInputControl().setText("America/Los_Angeles");
        });
        reveal(robot, "#organisation-save");
        robot.clickOn("#organisation-save");
        settle();

        assertThat(text(robot, "#organisation-notice")).isEqualTo(
                "Saved. The open cases\u2019 deadlines were counted again in the organisation\u2019s time zone.");
        assertThat(context.deadlines().indexIsCurrent()).isTrue();
        // New York's 30 days now end at 23:59:59 in Los Angeles
        var clock = context.clocks().list(breach.reference()).clocks().stream()
                .filter(c -> c.rule().id().equals("US-NY")).findFirst().orElseThrow();
        assertThat(clock.zone()).isEqualTo(java.time.ZoneId.of("America/Los_Angeles"));
    }
}
