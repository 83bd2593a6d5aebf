package org.trustcase.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.trustcase.model.cases.CaseDetails;

/** The cases filter ignores case and diacritics, as a DPO types names on any keyboard; Esc clears it. */
@ExtendWith(ApplicationExtension.class)
class CasesFilterFlowTest extends WindowTest {

    @Start
    void start(Stage stage) {
        context.cases().open(CaseDetails.builder().title("Laptop stolen from a car").owner("Piotr Zieliński")
                .awareAt(NOW.minusSeconds(3600)).build());
        context.cases().open(CaseDetails.builder().title("Server room flooded in Wrocław").owner("Anna Nowak")
                .awareAt(NOW.minusSeconds(3600)).build());
        seed("Phishing e-mail to the HR team");
        show(stage);
    }

    @Test
    void theFilterFindsZielinskiFromZielinskiAndEscClearsIt(FxRobot robot) {
        robot.clickOn("#nav-cases");
        settle();
        robot.clickOn("#search").write("zielinski");
        settle();
        assertThat(listedTitles(robot)).containsExactly("Laptop stolen from a car");

        robot.type(KeyCode.ESCAPE);
        settle();
        assertThat(robot.lookup("#search").queryTextInputControl().getText()).isEmpty();
        assertThat(listedTitles(robot)).hasSize(3);

        robot.write("wroclaw");
        settle();
        assertThat(listedTitles(robot)).containsExactly("Server room flooded in Wrocław");
    }
}
