package org.trustcase.app.ui.assessment;

import org.trustcase.model.access.Permissions;
import org.trustcase.model.access.UseCase;
import java.math.BigDecimal;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.trustcase.app.ui.support.Keys;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.model.assessment.Assessment;
import org.trustcase.model.severity.CircumstanceTable;
import org.trustcase.model.severity.CircumstanceTable.Dimension;
import org.trustcase.model.severity.CircumstanceTable.Level;
import org.trustcase.model.severity.DataType;
import org.trustcase.model.severity.IdentificationEase;
import org.trustcase.model.severity.SeverityResult;

/** The ENISA calculator: the inputs on the left, the live result on the right. */
public final class CalculatorController {
    private final AssessmentViewModel viewModel;
    private final CalculatorViewModel calculator;
    private final Messages messages;
    private final AssessmentText text;

    @FXML private Parent root;
    @FXML private ComboBox<DataType> dataType;
    @FXML private Label dataTypeExamples;
    @FXML private VBox adjustmentRows;
    @FXML private Label noAdjustments;
    @FXML private Button addAdjustment;
    @FXML private ComboBox<IdentificationEase> ease;
    @FXML private Label easeMeaning;
    @FXML private ComboBox<Level> confidentiality;
    @FXML private ComboBox<Level> integrity;
    @FXML private ComboBox<Level> availability;
    @FXML private CheckBox malicious;
    @FXML private Label unverified;
    @FXML private TextArea narrative;
    @FXML private Label basis;
    @FXML private Button record;
    private final Permissions permissions;
    @FXML private Label incomplete;
    @FXML private VBox resultBody;
    @FXML private Label score;
    @FXML private Label band;
    @FXML private Label bandMeaning;
    @FXML private Label dpc;
    @FXML private Label ei;
    @FXML private Label cb;
    @FXML private VBox explanation;

    public CalculatorController(AssessmentViewModel viewModel, Messages messages, Permissions permissions) {
        this.permissions = permissions;
        this.viewModel = viewModel;
        this.calculator = viewModel.calculator();
        this.messages = messages;
        this.text = new AssessmentText(messages);
    }

    @FXML
    private void initialize() {
        CircumstanceTable table = calculator.table();
        dataType.getItems().setAll(DataType.values());
        ChoiceCells.show(dataType, text::dataType);
        dataType.valueProperty().bindBidirectional(calculator.dataTypeProperty());
        dataTypeExamples.textProperty().bind(Bindings.createStringBinding(() -> calculator.dataTypeProperty().get()
                == null ? "" : text.dataTypeExamples(calculator.dataTypeProperty().get()), calculator.dataTypeProperty()));

        ease.getItems().setAll(IdentificationEase.values());
        ChoiceCells.show(ease, text::ease);
        ease.valueProperty().bindBidirectional(calculator.easeProperty());
        easeMeaning.textProperty().bind(Bindings.createStringBinding(() -> calculator.easeProperty().get() == null
                ? "" : text.easeMeaning(calculator.easeProperty().get()), calculator.easeProperty()));

        level(confidentiality, Dimension.CONFIDENTIALITY, table);
        level(integrity, Dimension.INTEGRITY, table);
        level(availability, Dimension.AVAILABILITY, table);
        malicious.setText(messages.format("assessment.malicious", table.malicious().value(),
                messages.render(table.malicious().meaning())));
        malicious.selectedProperty().bindBidirectional(calculator.maliciousProperty());
        unverified.setText(messages.format("assessment.cb.unverified", table.source()));
        unverified.getParent().setVisible(!table.verified());
        unverified.getParent().setManaged(!table.verified());

        narrative.textProperty().bindBidirectional(calculator.narrativeProperty());
        Keys.tabLeaves(narrative);

        calculator.adjustments().addListener((ListChangeListener<AdjustmentDraft>) change -> {
            while (change.next()) {
                if (!change.wasUpdated()) {
                    showAdjustments();
                    return;
                }
            }
        });
        showAdjustments();
        addAdjustment.setOnAction(event -> {
            calculator.addAdjustment();
            focusLastAdjustment();
        });

        calculator.resultProperty().addListener((observable, before, after) -> showResult(after));
        showResult(calculator.resultProperty().get());
        basis.textProperty().bind(Bindings.createStringBinding(this::basisText, calculator.baselineProperty(),
                calculator.changedProperty()));
        record.disableProperty().bind(viewModel.canRecordAssessmentProperty().not());
        // the calculator still shows what a change would score; only a DPO records it
        record.setVisible(permissions.may(UseCase.ASSESSMENT_RECORD));
        record.setManaged(record.isVisible());
        record.setOnAction(event -> viewModel.recordAssessment());
        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (Keys.SUBMIT.match(event)) {
                event.consume();
                viewModel.recordAssessment();
            }
        });
    }

    private void level(ComboBox<Level> box, Dimension dimension, CircumstanceTable table) {
        box.getItems().setAll(table.levels(dimension));
        ChoiceCells.show(box, text::level);
        box.valueProperty().bindBidirectional(calculator.levelProperty(dimension));
        Tooltip tooltip = new Tooltip();
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        tooltip.textProperty().bind(Bindings.createStringBinding(() -> box.getValue() == null ? ""
                : text.level(box.getValue()), box.valueProperty()));
        box.setTooltip(tooltip);
    }

    private void showResult(SeverityResult result) {
        boolean shown = result != null;
        incomplete.setVisible(!shown);
        incomplete.setManaged(!shown);
        resultBody.setVisible(shown);
        resultBody.setManaged(shown);
        explanation.getChildren().clear();
        if (!shown) {
            score.setText("");
            BandPill.update(band, null, text);
            return;
        }
        score.setText(text.number(result.score()));
        BandPill.update(band, result.band(), text);
        bandMeaning.setText(text.bandMeaning(result.band()));
        dpc.setText(result.dpc().compareTo(result.adjustedDpc()) == 0 ? text.number(result.dpc())
                : messages.format("assessment.result.dpc.clamped", result.dpc(), result.adjustedDpc()));
        ei.setText(text.ease(calculator.easeProperty().get()));
        cb.setText(text.number(result.cb()));
        for (String line : messages.texts().render(result.explanation())) {
            Label step = new Label(line);
            step.setWrapText(true);
            step.setMinHeight(Label.USE_PREF_SIZE);
            step.getStyleClass().add("explanation-line");
            explanation.getChildren().add(step);
        }
    }

    private String basisText() {
        Assessment base = calculator.baselineProperty().get();
        if (base == null) {
            return messages.get("assessment.first");
        }
        return calculator.changedProperty().get()
                ? messages.format("assessment.basedOn", base.version(), base.version() + 1)
                : messages.format("assessment.unchanged", base.version());
    }

    private void showAdjustments() {
        adjustmentRows.getChildren().clear();
        for (int i = 0; i < calculator.adjustments().size(); i++) {
            adjustmentRows.getChildren().add(adjustmentRow(calculator.adjustments().get(i), i));
        }
        noAdjustments.setVisible(calculator.adjustments().isEmpty());
        noAdjustments.setManaged(calculator.adjustments().isEmpty());
    }

    private VBox adjustmentRow(AdjustmentDraft draft, int index) {
        String id = "assessment-adjustment-" + index;
        Spinner<BigDecimal> delta = new Spinner<>();
        SpinnerValueFactory.ListSpinnerValueFactory<BigDecimal> values =
                new SpinnerValueFactory.ListSpinnerValueFactory<>(
                        FXCollections.observableArrayList(AdjustmentDraft.DELTAS));
        values.setConverter(new StringConverter<>() {
            @Override
            public String toString(BigDecimal value) {
                return value == null ? "" : text.signed(value);
            }

            @Override
            public BigDecimal fromString(String string) {
                return null;
            }
        });
        delta.setValueFactory(values);
        values.valueProperty().bindBidirectional(draft.deltaProperty());
        delta.setId(id + "-delta");
        delta.setPrefWidth(110);
        delta.setMinWidth(110);
        delta.setTooltip(new Tooltip(messages.get("assessment.adjustment.delta")));

        TextField reason = new TextField();
        reason.setId(id + "-reason");
        reason.setPromptText(messages.get("assessment.adjustment.reason.prompt"));
        reason.textProperty().bindBidirectional(draft.reasonProperty());
        HBox.setHgrow(reason, Priority.ALWAYS);

        Button remove = new Button(null, new FontIcon("mdi2d-delete-outline"));
        remove.setId(id + "-remove");
        remove.getStyleClass().addAll("flat", "danger");
        remove.setTooltip(new Tooltip(messages.get("assessment.adjustment.remove")));
        remove.setOnAction(event -> calculator.removeAdjustment(draft));

        Label problem = new Label();
        problem.setId(id + "-problem");
        problem.getStyleClass().add("form-field-problem");
        problem.textProperty().bind(Bindings.createStringBinding(() -> !draft.deltaValid()
                ? messages.get("assessment.adjustment.deltaInvalid")
                : draft.reasonGiven() ? "" : messages.get("assessment.adjustment.reasonRequired"),
                draft.deltaProperty(), draft.reasonProperty()));
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());

        HBox row = new HBox(8, delta, reason, remove);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, row, problem);
    }

    private void focusLastAdjustment() {
        int last = adjustmentRows.getChildren().size() - 1;
        if (last >= 0 && adjustmentRows.getChildren().get(last) instanceof VBox row
                && row.getChildren().get(0) instanceof HBox fields) {
            fields.getChildren().get(1).requestFocus();
        }
    }
}
