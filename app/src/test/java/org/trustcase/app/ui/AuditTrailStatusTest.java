package org.trustcase.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.trustcase.model.audit.AuditAction;
import org.trustcase.model.audit.AuditEvent;

/**
 * The window checks the audit trail when it opens and says so in the status bar; a trail rewritten behind its back
 * turns into a red banner that stays, and the finding is recorded in the trail.
 */
@ExtendWith(ApplicationExtension.class)
class AuditTrailStatusTest extends WindowTest {

    @Start
    void start(Stage stage) {
        seed("Misdirected parcel with patient letters");
        seed("Test data with real-looking e-mails in staging");
        show(stage);
    }

    @Test
    void theStatusBarSaysTheTrailWasVerifiedAndARewriteBecomesALastingBanner(FxRobot robot) throws Exception {
        settle();
        var trail = context.audit().all();
        // verified as the window opened; then, the trail having no checkpoint yet, one was signed
        assertThat(trail.get(trail.size() - 1).action()).isEqualTo(AuditAction.AUDIT_CHECKPOINT_SIGNED);
        assertThat(robot.lookup("#status-trail").queryLabeled().getText())
                .isEqualTo("Audit trail verified: " + (trail.size() - 1) + " events");
        assertThat(shown(robot, "#trail-banner")).isFalse();

        // someone with the file rewrites who opened the first case
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:"
                + context.workspaceDirectory().resolve("trustcase.db"));
                Statement sql = connection.createStatement()) {
            sql.execute("DROP TRIGGER audit_event_no_update");
            sql.execute("UPDATE audit_event SET actor = 'someone.else' WHERE seq = 2");
        }
        robot.clickOn("#status-trail");
        settle();

        assertThat(robot.lookup("#status-trail").queryLabeled().getText()).isEqualTo("Audit trail broken at event 2");
        assertThat(shown(robot, "#trail-banner")).isTrue();
        assertThat(text(robot, "#trail-banner-text")).startsWith("The audit trail failed verification: event 2 was "
                + "changed after it was recorded");
        AuditEvent recorded = context.audit().all().get(context.audit().all().size() - 1);
        assertThat(recorded.action()).isEqualTo(AuditAction.AUDIT_VERIFICATION_FAILED);
        assertThat(recorded.note().code()).isEqualTo("audit.verify.altered");

        // the banner stays wherever the user goes
        robot.clickOn("#nav-cases");
        settle();
        assertThat(shown(robot, "#trail-banner")).isTrue();
    }
}
