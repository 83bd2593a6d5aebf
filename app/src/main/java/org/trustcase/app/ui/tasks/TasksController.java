package org.trustcase.app.ui.tasks;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.trustcase.app.ui.casefile.CaseTabContext;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.TaskExecutor;
import org.trustcase.app.ui.support.TimeText;
import org.trustcase.model.access.Permissions;
import org.trustcase.model.access.UseCase;
import org.trustcase.model.caseclocks.CaseClockService;
import org.trustcase.model.tasks.TaskRow;
import org.trustcase.model.tasks.TaskService;
import org.trustcase.model.tasks.TaskStatus;

/** The Tasks tab: the case's tasks in order, a line to add one, and the buttons that move the chosen one on. */
public final class TasksController {
    private final CaseTabContext openCase;
    private final TasksViewModel viewModel;
    private final CaseClockService clocks;
    private final Messages messages;
    private final TimeText time;
    private final Permissions permissions;

    @FXML private Parent root;
    @FXML private Label counts;
    @FXML private ComboBox<org.trustcase.model.tasks.Playbook> playbook;
    @FXML private Button applyPlaybook;
    @FXML private FlowPane addForm;
    @FXML private TextField title;
    @FXML private TextField group;
    @FXML private TextField due;
    @FXML private ComboBox<String> clock;
    @FXML private TextField assignee;
    @FXML private Button add;
    @FXML private TableView<TaskRow> table;
    @FXML private TableColumn<TaskRow, String> statusColumn;
    @FXML private TableColumn<TaskRow, String> titleColumn;
    @FXML private TableColumn<TaskRow, String> groupColumn;
    @FXML private TableColumn<TaskRow, String> assigneeColumn;
    @FXML private TableColumn<TaskRow, String> dueColumn;
    @FXML private HBox actions;
    @FXML private Button done;
    @FXML private Button inProgress;
    @FXML private Button reopen;
    @FXML private TextField reason;
    @FXML private Button notNeeded;
    @FXML private Label notice;

    public TasksController(CaseTabContext openCase, TaskService tasks, org.trustcase.model.tasks.PlaybookService playbooks,
            CaseClockService clocks, TaskExecutor executor, Messages messages, TimeText time, Clock clockNow,
            Permissions permissions) {
        this.openCase = openCase;
        this.clocks = clocks;
        this.messages = messages;
        this.time = time;
        this.permissions = permissions;
        this.viewModel = new TasksViewModel(tasks, playbooks, executor, messages, time, clockNow,
                openCase.reference());
    }

    @FXML
    private void initialize() {
        counts.textProperty().bind(viewModel.countsProperty());
        notice.textProperty().bind(viewModel.noticeProperty());
        table.setItems(viewModel.rows());
        statusColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(messages.label(
                cell.getValue().task().status())));
        titleColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().task().title()
                + (cell.getValue().task().reason() == null ? "" : " — " + cell.getValue().task().reason())));
        groupColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(orEmpty(cell.getValue().task().group())));
        assigneeColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(orEmpty(
                cell.getValue().task().assignee())));
        dueColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(viewModel.dueText(cell.getValue())));

        boolean mayAdd = permissions.may(UseCase.TASK_ADD);
        addForm.setVisible(mayAdd);
        addForm.setManaged(mayAdd);
        due.setPromptText(messages.format("tasks.new.due", TimeText.INPUT_PATTERN));
        List<String> rules = new ArrayList<>();
        rules.add(null);
        clocks.engine().engine().catalog().rules().forEach(rule -> rules.add(rule.id()));
        clock.setItems(FXCollections.observableArrayList(rules));
        add.disableProperty().bind(title.textProperty().isEmpty().or(viewModel.workingProperty()));
        add.setOnAction(event -> viewModel.add(title.getText(), group.getText(), due.getText(), clock.getValue(),
                assignee.getText(), () -> {
                    title.clear();
                    due.clear();
                    clock.setValue(null);
                }));

        boolean mayApply = permissions.may(UseCase.PLAYBOOK_APPLY);
        playbook.setVisible(mayApply);
        applyPlaybook.setVisible(mayApply);
        playbook.setItems(viewModel.playbooks());
        playbook.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(org.trustcase.model.tasks.Playbook p) {
                return p == null ? "" : messages.format("tasks.playbook.item", p.title(), p.steps().size());
            }

            @Override
            public org.trustcase.model.tasks.Playbook fromString(String text) {
                return null;
            }
        });
        applyPlaybook.disableProperty().bind(playbook.valueProperty().isNull().or(viewModel.workingProperty()));
        applyPlaybook.setOnAction(event -> viewModel.apply(playbook.getValue()));

        boolean mayMove = permissions.may(UseCase.TASK_STATUS);
        actions.setVisible(mayMove);
        actions.setManaged(mayMove);
        var chosen = table.getSelectionModel().selectedItemProperty();
        done.disableProperty().bind(chosen.isNull().or(viewModel.workingProperty()));
        inProgress.disableProperty().bind(chosen.isNull().or(viewModel.workingProperty()));
        reopen.disableProperty().bind(chosen.isNull().or(viewModel.workingProperty()));
        notNeeded.disableProperty().bind(Bindings.or(chosen.isNull(), reason.textProperty().isEmpty())
                .or(viewModel.workingProperty()));
        done.setOnAction(event -> viewModel.setStatus(chosen.get(), TaskStatus.DONE, null));
        inProgress.setOnAction(event -> viewModel.setStatus(chosen.get(), TaskStatus.IN_PROGRESS, null));
        reopen.setOnAction(event -> viewModel.setStatus(chosen.get(), TaskStatus.OPEN, null));
        notNeeded.setOnAction(event -> {
            viewModel.setStatus(chosen.get(), TaskStatus.NOT_NEEDED, reason.getText());
            reason.clear();
        });

        openCase.selectedProperty().addListener((observable, was, selected) -> {
            if (selected) {
                viewModel.load();
            }
        });
        if (openCase.selectedProperty().get()) {
            viewModel.load();
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
