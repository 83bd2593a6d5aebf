package org.trustcase.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.CaseDetails;
import org.trustcase.model.cases.Jurisdiction;
import org.trustcase.model.notifications.RecipientRow;
import org.trustcase.model.notifications.RecipientService;

/** Where the recipients live that the case does not name is suggested, and added with one click. */
@ExtendWith(ApplicationExtension.class)
class JurisdictionHintFlowTest extends WindowTest {
    private BreachCase breach;

    @Start
    void start(Stage stage) {
        breach = context.cases().open(CaseDetails.builder().title("Customer list posted on a forum")
                .awareAt(NOW.minusSeconds(3_600)).jurisdictions(List.of(new Jurisdiction("PL"))).build());
        List<String> header = List.of("Name", "Email", "Jurisdiction");
        List<RecipientRow> rows = new ArrayList<>();
        String[][] people = {{"Ann", "ann@example.com", "US-CA"}, {"Bob", "bob@example.com", "US-CA"},
            {"Cy", "cy@example.com", "PL"}};
        for (int i = 0; i < people.length; i++) {
            Map<String, String> cells = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                cells.put(header.get(c), people[i][c]);
            }
            rows.add(new RecipientRow(i + 2, cells));
        }
        context.recipients().importRecipients(breach.reference(),
                new RecipientService.RowFile("customers.csv", "ab".repeat(32), header, rows), false);
        show(stage);
    }

    @Test
    void theRecipientsStateIsSuggestedAndAddedToTheCase(FxRobot robot) {
        robot.clickOn("#nav-cases");
        settle();
        robot.doubleClickOn(breach.reference().toString());
        settle();
        assertThat(text(robot, "#case-jurisdiction-hint-US-CA")).startsWith(
                "2 recipients live in US-CA, which this case does not name: it would bring the clocks")
                .contains("US-CA-RESIDENTS");

        robot.clickOn("#case-add-jurisdiction-US-CA");
        settle();

        assertThat(context.cases().get(breach.reference()).details().jurisdictions())
                .containsExactly(new Jurisdiction("PL"), new Jurisdiction("US-CA"));
        assertThat(shown(robot, "#case-jurisdiction-hints")).isFalse();
        assertThat(context.audit().ofCase(breach.reference().toString()).get(
                context.audit().ofCase(breach.reference().toString()).size() - 1).changes())
                .anySatisfy(change -> assertThat(change.after()).contains("US-CA"));
    }
}
