package org.trustcase.app.ui.casefile;

import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.trustcase.app.ui.support.FittingColumns;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.TimeText;
import org.trustcase.app.ui.support.WrappingTextCell;
import org.trustcase.model.audit.AuditEvent;

/** The audit tab: every recorded event of the case, newest first. */
public final class AuditTabController {
    private final CaseViewModel viewModel;
    private final Messages messages;
    private final TimeText time;
    private final AuditText auditText;

    @FXML private TableView<AuditEvent> table;
    @FXML private TableColumn<AuditEvent, AuditEvent> timeColumn;
    @FXML private TableColumn<AuditEvent, String> actorColumn;
    @FXML private TableColumn<AuditEvent, String> actionColumn;
    @FXML private TableColumn<AuditEvent, String> changesColumn;
    @FXML private TableColumn<AuditEvent, String> reasonColumn;

    public AuditTabController(CaseViewModel viewModel, Messages messages, TimeText time) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.time = time;
        this.auditText = new AuditText(messages, time);
    }

    @FXML
    private void initialize() {
        FittingColumns.install(table, changesColumn);
        timeColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue()));
        timeColumn.setComparator((a, b) -> Long.compare(a.sequence(), b.sequence()));
        timeColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(AuditEvent item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : time.display(item.occurredAt()));
            }
        });
        actorColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().actor()));
        actionColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(messages.label(row.getValue().action())));
        changesColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(changes(row.getValue())));
        changesColumn.setCellFactory(column -> new WrappingTextCell<>());
        reasonColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(messages.texts().reason(row.getValue())));
        reasonColumn.setCellFactory(column -> new WrappingTextCell<>());

        SortedList<AuditEvent> sorted = new SortedList<>(viewModel.events());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        timeColumn.setSortType(TableColumn.SortType.DESCENDING);
        table.getSortOrder().add(timeColumn);
        table.setPlaceholder(new Label(messages.get("audit.empty")));
    }

    private String changes(AuditEvent event) {
        return event.changes().stream().map(change -> auditText.change(event.action(), change)).collect(Collectors.joining("\n"));
    }
}
