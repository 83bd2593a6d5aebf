package org.trustcase.app.ui.casefile;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.trustcase.app.ui.assessment.AssessedCase;
import org.trustcase.app.ui.assessment.AssessmentTabController;
import org.trustcase.app.ui.deadlines.CaseDeadlinesTab;
import org.trustcase.app.ui.cases.StatusBadge;
import org.trustcase.app.ui.shell.Navigation;
import org.trustcase.app.ui.shell.Section;
import org.trustcase.app.ui.support.Keys;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.Placeholder;
import org.trustcase.app.ui.support.TimeText;
import org.trustcase.app.ui.support.Views;
import org.trustcase.model.cases.BreachCase;

/** A case: its header, the workflow buttons and the tabs. */
public final class CaseViewController {
    private final CaseViewModel viewModel;
    private final Views views;
    private final Navigation navigation;
    private final Messages messages;
    private final TimeText time;

    @FXML private Parent root;
    @FXML private Button back;
    @FXML private Label reference;
    @FXML private Label status;
    @FXML private Label title;
    @FXML private Label owner;
    @FXML private Label awareSince;
    @FXML private HBox workflowButtons;
    @FXML private Label blockers;
    @FXML private HBox noticeBar;
    @FXML private Label notice;
    @FXML private Button dismissNotice;
    @FXML private Tab overviewTab;
    @FXML private Tab assessmentTab;
    @FXML private Tab deadlinesTab;
    @FXML private Tab evidenceTab;
    @FXML private Tab notificationsTab;
    @FXML private Tab tasksTab;
    @FXML private Tab timelineTab;
    @FXML private Tab auditTab;

    public CaseViewController(CaseViewModel viewModel, Views views, Navigation navigation, Messages messages,
            TimeText time) {
        this.viewModel = viewModel;
        this.views = views;
        this.navigation = navigation;
        this.messages = messages;
        this.time = time;
    }

    @FXML
    private void initialize() {
        back.setOnAction(event -> navigation.show(Section.CASES));
        reference.setText(viewModel.reference().toString());
        viewModel.breachCaseProperty().addListener((observable, before, after) -> showHeader(after));
        viewModel.actions().addListener((ListChangeListener<WorkflowAction>) change -> showActions());

        blockers.textProperty().bind(viewModel.blockersProperty());
        blockers.managedProperty().bind(blockers.textProperty().isNotEmpty());
        blockers.visibleProperty().bind(blockers.managedProperty());

        notice.textProperty().bind(viewModel.noticeProperty());
        noticeBar.managedProperty().bind(viewModel.noticeProperty().isNotEmpty());
        noticeBar.visibleProperty().bind(noticeBar.managedProperty());
        dismissNotice.setOnAction(event -> viewModel.dismissNotice());

        overviewTab.setContent(views.load(OverviewController.class, viewModel).root());
        auditTab.setContent(views.load(AuditTabController.class, viewModel).root());
        AssessedCase assessed = new AssessedCase(viewModel.reference(), viewModel.breachCaseProperty(), viewModel::load);
        assessmentTab.setContent(views.load(AssessmentTabController.class, assessed).root());
        CaseDeadlinesTab.install(deadlinesTab, views, viewModel.reference(), viewModel.breachCaseProperty(),
                viewModel::load);
        placeholder(evidenceTab, "mdi2f-file-document-outline", "evidence");
        placeholder(notificationsTab, "mdi2e-email-outline", "notifications");
        placeholder(tasksTab, "mdi2c-checkbox-marked-outline", "tasks");
        placeholder(timelineTab, "mdi2t-timeline-text-outline", "timeline");

        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (Keys.SAVE.match(event)) {
                event.consume();
                viewModel.save();
            }
        });
        viewModel.load();
    }

    private void placeholder(Tab tab, String icon, String key) {
        tab.setContent(Placeholder.create(icon, messages.get("case.tab." + key),
                messages.get("case.placeholder." + key)));
    }

    private void showHeader(BreachCase breachCase) {
        if (breachCase == null) {
            return;
        }
        StatusBadge.update(status, breachCase.status(), messages);
        title.setText(breachCase.details().title());
        String ownerName = breachCase.details().owner();
        owner.setText(ownerName == null ? messages.get("case.noOwner") : messages.format("case.owner", ownerName));
        awareSince.setText(breachCase.details().awareAt() == null ? ""
                : messages.format("case.awareSince", time.display(breachCase.details().awareAt())));
    }

    private void showActions() {
        workflowButtons.getChildren().clear();
        for (WorkflowAction action : viewModel.actions()) {
            Button button = new Button(action.label(), new FontIcon(action.iconLiteral()));
            button.setId(action.id());
            button.setMinWidth(Region.USE_PREF_SIZE);
            button.getStyleClass().add(switch (action.kind()) {
                case ADVANCE -> "accent";
                case CLOSE -> "success";
                case DISMISS -> "danger";
                case REOPEN -> "button-outlined";
            });
            if (action.enabled()) {
                button.disableProperty().bind(viewModel.workingProperty());
            } else {
                button.setDisable(true);
            }
            Tooltip tooltip = new Tooltip(action.tooltip());
            tooltip.setShowDelay(Duration.millis(250));
            tooltip.setShowDuration(Duration.seconds(30));
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(420);
            button.setTooltip(tooltip);
            button.setOnAction(event -> take(action));
            // a disabled button gets no mouse events: its holder shows the tooltip instead
            StackPane holder = new StackPane(button);
            if (!action.enabled()) {
                Tooltip.install(holder, tooltip);
            }
            workflowButtons.getChildren().add(holder);
        }
    }

    private void take(WorkflowAction action) {
        if (!action.requiresReason()) {
            viewModel.move(action, null);
            return;
        }
        ReasonDialog.ask(root.getScene().getWindow(), action, messages)
                .ifPresent(reason -> viewModel.move(action, reason));
    }
}
