package org.trustcase.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.trustcase.model.caselist.SavedView;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.CaseDetails;
import org.trustcase.model.cases.Jurisdiction;

/**
 * The cases table narrowed by a word of a case's notes and by jurisdiction, the filters saved as a named view, and the
 * view chosen again after the filters were cleared.
 */
@ExtendWith(ApplicationExtension.class)
class CaseViewsFlowTest extends WindowTest {
    private BreachCase polish;

    @Start
    void start(Stage stage) {
        polish = context.cases().open(CaseDetails.builder().title("Encrypted file server")
                .jurisdictions(List.of(new Jurisdiction("PL"))).awareAt(NOW.minusSeconds(3600)).build());
        BreachCase german = context.cases().open(CaseDetails.builder().title("Encrypted laptop")
                .jurisdictions(List.of(new Jurisdiction("DE"))).awareAt(NOW.minusSeconds(3600)).build());
        seed("Misdirected letters");
        context.notes().add(polish.reference(), "The ransom note names the Akira group", List.of());
        context.notes().add(german.reference(), "Akira is the name of the laptop", List.of());
        show(stage);
    }

    @Test
    void filtersCombineAndAreSavedAsANamedView(FxRobot robot) {
        robot.clickOn("#nav-cases");
        settle();
        assertThat(listedTitles(robot)).hasSize(3);

        robot.clickOn("#cases-mentions-filter").write("akira");
        settle();
        assertThat(listedTitles(robot)).containsExactlyInAnyOrder("Encrypted file server", "Encrypted laptop");
        robot.clickOn("#cases-jurisdiction-filter").write("pl");
        settle();
        assertThat(listedTitles(robot)).containsExactly("Encrypted file server");
        assertThat(text(robot, "#cases-count")).isEqualTo("1 of 3 cases");

        robot.clickOn("#cases-save-view");
        settle();
        robot.clickOn("#cases-view-name").write("Akira in Poland").type(KeyCode.ENTER);
        settle();
        assertThat(text(robot, "#cases-view-notice")).isEqualTo("View \u201cAkira in Poland\u201d saved.");
        assertThat(context.savedViews().list()).extracting(SavedView::name).containsExactly("Akira in Poland");
        assertThat(context.savedViews().list().get(0).filters()).containsEntry("mentions", "akira")
                .containsEntry("jurisdiction", "pl");

        robot.interact(() -> {
            robot.lookup("#cases-mentions-filter").queryTextInputControl().clear();
            robot.lookup("#cases-jurisdiction-filter").queryTextInputControl().clear();
        });
        settle();
        assertThat(listedTitles(robot)).hasSize(3);
        robot.interact(() -> {
            ComboBox<SavedView> views = robot.lookup("#cases-views").queryComboBox();
            views.setValue(null);
            views.getSelectionModel().select(0);
        });
        settle();
        assertThat(listedTitles(robot)).containsExactly("Encrypted file server");
        assertThat(robot.lookup("#cases-mentions-filter").queryTextInputControl().getText()).isEqualTo("akira");
    }
}
