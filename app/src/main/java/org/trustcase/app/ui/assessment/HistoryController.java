package org.trustcase.app.ui.assessment;

import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.TimeText;
import org.trustcase.app.ui.support.WrappingTextCell;
import org.trustcase.model.assessment.Assessment;
import org.trustcase.model.assessment.AssessmentComparison;
import org.trustcase.model.assessment.AssessmentComparison.Difference;
import org.trustcase.model.assessment.NotificationDecision;
import org.trustcase.model.severity.SeverityBand;

/** The assessment and decision versions, and two assessment versions compared side by side. */
public final class HistoryController {
    static final PseudoClass CHANGED = PseudoClass.getPseudoClass("changed");

    private final AssessmentViewModel viewModel;
    private final Messages messages;
    private final TimeText time;
    private final AssessmentText text;

    @FXML private Button compare;
    @FXML private TableView<Assessment> assessments;
    @FXML private TableColumn<Assessment, String> versionColumn;
    @FXML private TableColumn<Assessment, String> whenColumn;
    @FXML private TableColumn<Assessment, String> authorColumn;
    @FXML private TableColumn<Assessment, String> scoreColumn;
    @FXML private TableColumn<Assessment, SeverityBand> bandColumn;
    @FXML private VBox comparisonBox;
    @FXML private Label comparisonTitle;
    @FXML private Label comparisonSummary;
    @FXML private Button closeComparison;
    @FXML private TableView<Difference> comparison;
    @FXML private TableColumn<Difference, String> itemColumn;
    @FXML private TableColumn<Difference, String> leftColumn;
    @FXML private TableColumn<Difference, String> rightColumn;
    @FXML private TableView<NotificationDecision> decisions;
    @FXML private TableColumn<NotificationDecision, String> decisionVersionColumn;
    @FXML private TableColumn<NotificationDecision, String> decisionWhenColumn;
    @FXML private TableColumn<NotificationDecision, String> decisionAuthorColumn;
    @FXML private TableColumn<NotificationDecision, String> decisionAuthorityColumn;
    @FXML private TableColumn<NotificationDecision, String> decisionSubjectsColumn;
    @FXML private TableColumn<NotificationDecision, String> decisionDepartsColumn;
    @FXML private TableColumn<NotificationDecision, String> decisionAssessmentColumn;
    @FXML private TableColumn<NotificationDecision, String> decisionSignOffColumn;

    public HistoryController(AssessmentViewModel viewModel, Messages messages, TimeText time) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.time = time;
        this.text = new AssessmentText(messages);
    }

    @FXML
    private void initialize() {
        assessments.setItems(viewModel.assessments());
        assessments.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        assessments.setPlaceholder(new Label(messages.get("history.empty")));
        column(versionColumn, a -> messages.format("history.version", a.version()));
        column(whenColumn, a -> time.display(a.assessedAt()));
        column(authorColumn, Assessment::author);
        column(scoreColumn, a -> text.number(a.result().score()));
        bandColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().result().band()));
        bandColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(SeverityBand band, boolean empty) {
                super.updateItem(band, empty);
                setText(null);
                setGraphic(empty || band == null ? null : BandPill.create(band, text));
            }
        });
        compare.disableProperty().bind(Bindings.size(assessments.getSelectionModel().getSelectedItems()).isNotEqualTo(2));
        compare.setOnAction(event -> {
            List<Assessment> selected = List.copyOf(assessments.getSelectionModel().getSelectedItems());
            if (selected.size() == 2) {
                viewModel.compare(selected.get(0).version(), selected.get(1).version());
            }
        });

        comparison.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(Difference item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(CHANGED, !empty && item != null && item.changed());
            }
        });
        itemColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(text.item(row.getValue().item())));
        leftColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(
                text.value(row.getValue(), row.getValue().left(), viewModel.calculator().table())));
        rightColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(
                text.value(row.getValue(), row.getValue().right(), viewModel.calculator().table())));
        itemColumn.setCellFactory(column -> new WrappingTextCell<>());
        leftColumn.setCellFactory(column -> new WrappingTextCell<>());
        rightColumn.setCellFactory(column -> new WrappingTextCell<>());
        viewModel.comparisonProperty().addListener((observable, before, after) -> showComparison(after));
        showComparison(null);
        closeComparison.setOnAction(event -> {
            viewModel.closeComparison();
            assessments.requestFocus();
        });

        decisions.setItems(viewModel.decisions());
        decisions.setPlaceholder(new Label(messages.get("history.decisions.empty")));
        column(decisionVersionColumn, d -> messages.format("history.version", d.version()));
        column(decisionWhenColumn, d -> time.display(d.decidedAt()));
        column(decisionAuthorColumn, NotificationDecision::author);
        column(decisionAuthorityColumn, d -> text.yesNo(d.decision().notifyAuthority()));
        column(decisionSubjectsColumn, d -> d.decision().exception() == null ? text.yesNo(d.decision().notifySubjects())
                : messages.label(d.decision().exception()));
        column(decisionDepartsColumn, d -> text.yesNo(d.departsFromSuggestion()));
        column(decisionAssessmentColumn, d -> messages.format("history.version", d.assessmentVersion()));
        column(decisionSignOffColumn, d -> d.signOff() == null ? "" : messages.format("decision.signedOff",
                d.signOff().reviewer(), time.display(d.signOff().at())));
    }

    private void showComparison(AssessmentComparison shown) {
        comparisonBox.setVisible(shown != null);
        comparisonBox.setManaged(shown != null);
        if (shown == null) {
            comparison.getItems().clear();
            return;
        }
        int left = shown.left().version();
        int right = shown.right().version();
        comparisonTitle.setText(messages.format("comparison.title", left, right));
        comparisonSummary.setText(messages.format("comparison.summary", shown.changed().size()));
        leftColumn.setText(messages.format("comparison.column.version", left));
        rightColumn.setText(messages.format("comparison.column.version", right));
        comparison.getItems().setAll(shown.differences());
    }

    private static <S> void column(TableColumn<S, String> column, Function<S, String> value) {
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(value.apply(row.getValue())));
    }
}
