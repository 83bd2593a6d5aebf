package org.trustcase.app.ui.assessment;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.TaskExecutor;
import org.trustcase.app.ui.support.Views;
import org.trustcase.model.assessment.AssessmentService;

/**
 * The Assessment tab of a case: one scrolling page with the calculator, the suggestion, the
 * decision and the versions, each a view of its own over the tab's view model.
 */
public final class AssessmentTabController {
    private final AssessmentViewModel viewModel;
    private final Views views;

    @FXML private HBox noticeBar;
    @FXML private Label notice;
    @FXML private Button dismissNotice;
    @FXML private ScrollPane scroll;
    @FXML private VBox sections;

    public AssessmentTabController(AssessedCase assessedCase, AssessmentService assessments, TaskExecutor tasks,
            Messages messages, Views views) {
        this.viewModel = new AssessmentViewModel(assessments, tasks, messages, assessedCase);
        this.views = views;
    }

    @FXML
    private void initialize() {
        notice.textProperty().bind(viewModel.noticeProperty());
        noticeBar.managedProperty().bind(viewModel.noticeProperty().isNotEmpty());
        noticeBar.visibleProperty().bind(noticeBar.managedProperty());
        dismissNotice.setOnAction(event -> viewModel.dismissNotice());
        sections.getChildren().addAll(section(CalculatorController.class), section(SuggestionController.class),
                section(DecisionController.class), section(HistoryController.class));
        scroll.setFocusTraversable(false);
        viewModel.load();
    }

    private Node section(Class<?> controller) {
        return views.load(controller, viewModel).root();
    }
}
