package org.trustcase.app.ui.auditlog;

import java.io.File;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.trustcase.app.ui.casefile.AuditText;
import org.trustcase.app.ui.shell.TrailStatus;
import org.trustcase.app.ui.support.FittingColumns;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.TimeText;
import org.trustcase.app.ui.support.WrappingTextCell;
import org.trustcase.model.access.Permissions;
import org.trustcase.model.access.UseCase;
import org.trustcase.model.audit.AuditAction;
import org.trustcase.model.audit.AuditEvent;

/** The workspace's audit log: filters, the events newest first, verify and export. */
public final class AuditLogController {
    private final AuditLogViewModel viewModel;
    private final Messages messages;
    private final TimeText time;
    private final AuditText auditText;
    private final TrailStatus trail;
    private final Permissions permissions;

    @FXML private TextField actor;
    @FXML private ComboBox<AuditAction> action;
    @FXML private TextField caseReference;
    @FXML private DatePicker from;
    @FXML private DatePicker to;
    @FXML private Button search;
    @FXML private Button verify;
    @FXML private Button export;
    @FXML private Label message;
    @FXML private TableView<AuditEvent> table;
    @FXML private TableColumn<AuditEvent, String> seqColumn;
    @FXML private TableColumn<AuditEvent, String> timeColumn;
    @FXML private TableColumn<AuditEvent, String> actorColumn;
    @FXML private TableColumn<AuditEvent, String> caseColumn;
    @FXML private TableColumn<AuditEvent, String> actionColumn;
    @FXML private TableColumn<AuditEvent, String> changesColumn;
    @FXML private TableColumn<AuditEvent, String> reasonColumn;
    @FXML private Button more;

    public AuditLogController(AuditLogViewModel viewModel, Messages messages, TimeText time, TrailStatus trail,
            Permissions permissions) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.time = time;
        this.auditText = new AuditText(messages, time);
        this.trail = trail;
        this.permissions = permissions;
    }

    @FXML
    private void initialize() {
        actor.textProperty().bindBidirectional(viewModel.actorProperty());
        caseReference.textProperty().bindBidirectional(viewModel.caseReferenceProperty());
        action.getItems().add(null);
        action.getItems().addAll(Arrays.stream(AuditAction.values())
                .sorted((a, b) -> messages.label(a).compareToIgnoreCase(messages.label(b))).toList());
        StringConverter<AuditAction> labels = new StringConverter<>() {
            @Override
            public String toString(AuditAction value) {
                return value == null ? messages.get("auditlog.any-action") : messages.label(value);
            }

            @Override
            public AuditAction fromString(String text) {
                return null;
            }
        };
        action.setConverter(labels);
        action.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(AuditAction item, boolean empty) {
                super.updateItem(item, empty);
                setText(labels.toString(item));
            }
        });
        action.valueProperty().bindBidirectional(viewModel.actionProperty());
        from.valueProperty().bindBidirectional(viewModel.fromProperty());
        to.valueProperty().bindBidirectional(viewModel.toProperty());
        actor.setOnAction(event -> viewModel.search());
        caseReference.setOnAction(event -> viewModel.search());
        action.setOnAction(event -> viewModel.search());
        from.setOnAction(event -> viewModel.search());
        to.setOnAction(event -> viewModel.search());
        search.setOnAction(event -> viewModel.search());
        search.setDefaultButton(false);
        verify.setOnAction(event -> trail.verify());
        verify.textProperty().bind(trail.textProperty());
        boolean exports = permissions.may(UseCase.AUDIT_EXPORT);
        export.setVisible(exports);
        export.setManaged(exports);
        export.setOnAction(event -> chooseExport());
        message.textProperty().bind(viewModel.messageProperty());

        FittingColumns.install(table, changesColumn);
        seqColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(Long.toString(row.getValue().sequence())));
        timeColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(time.display(row.getValue().occurredAt())));
        actorColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().actor()));
        caseColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().caseReference() == null
                ? messages.get("audit.none") : row.getValue().caseReference()));
        actionColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(messages.label(row.getValue().action())));
        changesColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(changes(row.getValue())));
        changesColumn.setCellFactory(column -> new WrappingTextCell<>());
        reasonColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(messages.texts().reason(row.getValue())));
        reasonColumn.setCellFactory(column -> new WrappingTextCell<>());
        table.setItems(viewModel.events());
        table.setPlaceholder(new Label(messages.get("auditlog.empty")));
        more.visibleProperty().bind(viewModel.moreProperty());
        more.managedProperty().bind(viewModel.moreProperty());
        more.setOnAction(event -> viewModel.more());
    }

    @FXML
    private void clear() {
        viewModel.clear();
    }

    /** Reads the log again, with the filters as they are (when the page is shown). */
    public void refresh() {
        viewModel.search();
    }

    /** Shows the events of one person, or of one case, as a link elsewhere asks. */
    public void showCase(String reference) {
        viewModel.caseReferenceProperty().set(reference);
        viewModel.search();
    }

    private void chooseExport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("auditlog.export.title"));
        chooser.setInitialFileName("audit-trail-" + LocalDate.now(time.zone()) + ".jsonl");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("auditlog.export.kind"),
                "*.jsonl"));
        File chosen = chooser.showSaveDialog(table.getScene().getWindow());
        if (chosen != null) {
            viewModel.export(chosen.toPath());
        }
    }

    private String changes(AuditEvent event) {
        return event.changes().stream().map(change -> auditText.change(event.action(), change))
                .collect(Collectors.joining("\n"));
    }
}
