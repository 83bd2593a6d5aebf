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
}
