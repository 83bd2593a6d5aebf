package org.trustcase.app.ui.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.TimeText;
import org.trustcase.model.cases.BreachType;
import org.trustcase.model.cases.CaseField;
import org.trustcase.model.cases.ReportChannel;

/** The one way each case field's control is bound, shared by the intake dialog and the overview tab. */
@ExtendWith(ApplicationExtension.class)
class CaseFieldControlsTest {
    private final TimeText time = new TimeText(ZoneId.of("Europe/Warsaw"));
    private final CaseForm form = new CaseForm(Clock.fixed(Instant.parse("2026-03-30T10:00:00Z"), ZoneOffset.UTC),
            time, Messages.forLocale(Locale.ENGLISH));
    private final CaseFieldControls controls = new CaseFieldControls(form, Messages.forLocale(Locale.ENGLISH), time);

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(new Label("form")), 200, 100));
    }

    @Test
    void everyFieldOfACaseHasAKnownControl(FxRobot robot) {
        robot.interact(() -> {
            for (CaseField key : CaseField.values()) {
                controls.bind(key, field(controlFor(key)));
            }
        });
    }

    @Test
    void aTextFieldEditsTheFormsText(FxRobot robot) {
        TextField title = new TextField();
        robot.interact(() -> {
            controls.bind(CaseField.TITLE, field(title));
            title.setText("Lost laptop");
        });
        assertThat(form.text(CaseField.TITLE).get()).isEqualTo("Lost laptop");
    }

    @Test
    void aTimeFieldShowsTheZoneAndTheInputPattern(FxRobot robot) {
        TextField detected = new TextField();
        FormField field = field(detected);
        robot.interact(() -> {
            controls.bind(CaseField.DETECTED_AT, field);
            detected.setText("2026-03-30 11:30");
        });
        assertThat(field.getHint()).isEqualTo("time in " + time.zoneLabel());
        assertThat(detected.getPromptText()).isEqualTo(TimeText.INPUT_PATTERN);
        assertThat(form.text(CaseField.DETECTED_AT).get()).isEqualTo("2026-03-30 11:30");
    }

    @Test
    void aChoiceOffersEveryValueAndSetsTheForm(FxRobot robot) {
        ComboBox<ReportChannel> channel = new ComboBox<>();
        robot.interact(() -> {
            controls.bind(CaseField.CHANNEL, field(channel));
            channel.setValue(ReportChannel.values()[0]);
        });
        assertThat(channel.getItems()).containsExactly(ReportChannel.values());
        assertThat(form.channelProperty().get()).isEqualTo(ReportChannel.values()[0]);
    }

    @Test
    void aSetIsOneCheckBoxPerValueNamedAfterItsPane(FxRobot robot) {
        HBox types = new HBox();
        types.setId("overview-breachTypes");
        robot.interact(() -> controls.bind(CaseField.BREACH_TYPES, field(types)));
        assertThat(types.getChildren()).extracting(Node::getId).containsExactly("overview-breachTypes-confidentiality",
                "overview-breachTypes-integrity", "overview-breachTypes-availability");
        robot.interact(() -> ((CheckBox) types.getChildren().get(1)).setSelected(true));
        assertThat(form.breachTypes()).containsExactly(BreachType.INTEGRITY);
    }

    @Test
    void theAwareGapReasonShowsOnlyWhenNeededOrFilledIn(FxRobot robot) {
        TextArea reason = new TextArea();
        FormField field = field(reason);
        robot.interact(() -> controls.bind(CaseField.AWARE_GAP_REASON, field));
        assertThat(field.isVisible()).isFalse();
        assertThat(field.isManaged()).isFalse();
        robot.interact(() -> reason.setText("Confirmed only the next morning"));
        assertThat(field.isVisible()).isTrue();
        assertThat(field.isManaged()).isTrue();
    }

    private static FormField field(Node control) {
        FormField field = new FormField();
        field.setContent(control);
        return field;
    }

    private static Node controlFor(CaseField key) {
        return switch (key) {
            case CHANNEL, CAUSE, DATA_UNINTELLIGIBLE, HIGH_RISK_REMOVED, DISPROPORTIONATE_EFFORT -> new ComboBox<>();
            case BREACH_TYPES, DATA_CATEGORIES, SUBJECT_CATEGORIES, PARTIES -> new HBox();
            default -> new TextField();
        };
    }
}
