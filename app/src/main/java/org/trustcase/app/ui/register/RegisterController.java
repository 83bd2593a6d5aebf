package org.trustcase.app.ui.register;

import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.trustcase.app.documents.DocumentLanguage;
import org.trustcase.app.register.RegisterFile;
import org.trustcase.app.ui.reports.Printing;
import org.trustcase.app.ui.shell.Navigation;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.TableRows;
import org.trustcase.app.ui.support.TaskExecutor;
import org.trustcase.app.ui.support.TimeText;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.trustcase.model.access.Permissions;
import org.trustcase.model.access.UseCase;
import org.trustcase.model.organisation.OrganisationService;
import org.trustcase.model.cases.BreachType;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.common.Coded;
import org.trustcase.model.reports.RegisterFilter;
import org.trustcase.model.reports.RegisterRow;
import org.trustcase.model.severity.SeverityBand;
import org.trustcase.model.reports.ReportService;

/**
 * The Breach register screen: the period's cases with the register's main columns, narrowed by the filters, more as
 * the user scrolls; a case opens on a double click; the register as shown exported as CSV, XLSX or PDF.
 */
public final class RegisterController {
    /** How near the end of what is read a row may come before the next page is read. */
    private static final int READ_AHEAD = 20;

    private final RegisterViewModel viewModel;
    private final Messages messages;
    private final TimeText time;
    private final Navigation navigation;
    private final Printing printing;
    private final Permissions permissions;

    @FXML private Parent root;
    @FXML private DatePicker from;
    @FXML private DatePicker to;
    @FXML private CheckComboBox<CaseStatus> statuses;
    @FXML private CheckComboBox<SeverityBand> bands;
    @FXML private CheckComboBox<BreachType> types;
    @FXML private ComboBox<RegisterFilter.AuthorityNotice> authority;
    @FXML private Button clearFilter;
    @FXML private Label count;
    @FXML private Label notice;
    @FXML private Button exportCsv;
    @FXML private Button exportXlsx;
    @FXML private Button exportPdf;
    @FXML private TableView<RegisterRow> table;
    @FXML private TableColumn<RegisterRow, String> referenceColumn;
    @FXML private TableColumn<RegisterRow, String> titleColumn;
    @FXML private TableColumn<RegisterRow, String> awareColumn;
    @FXML private TableColumn<RegisterRow, String> kindColumn;
    @FXML private TableColumn<RegisterRow, String> severityColumn;
    @FXML private TableColumn<RegisterRow, String> authorityColumn;
    @FXML private TableColumn<RegisterRow, String> subjectsColumn;
    @FXML private TableColumn<RegisterRow, String> statusColumn;

    public RegisterController(ReportService reports, TaskExecutor executor, Messages messages, TimeText time,
            Clock clock, Navigation navigation, Printing printing, Permissions permissions,
            OrganisationService organisation) {
        this.messages = messages;
        this.time = time;
        this.navigation = navigation;
        this.printing = printing;
        this.permissions = permissions;
        this.viewModel = new RegisterViewModel(reports, executor, messages, time.zone(), clock,
                () -> DocumentLanguage.of(messages.documentLanguage(),
                        organisation.profile()));
    }

    @FXML
    private void initialize() {
        from.valueProperty().bindBidirectional(viewModel.fromProperty());
        to.valueProperty().bindBidirectional(viewModel.toProperty());
        choices(statuses, CaseStatus.values(), viewModel.statuses());
        choices(bands, SeverityBand.values(), viewModel.bands());
        choices(types, BreachType.values(), viewModel.types());
        authority.getItems().setAll(RegisterFilter.AuthorityNotice.values());
        authority.setConverter(new StringConverter<>() {
            @Override
            public String toString(RegisterFilter.AuthorityNotice notice) {
                return notice == null ? "" : messages.label(notice);
            }

            @Override
            public RegisterFilter.AuthorityNotice fromString(String text) {
                return null;
            }
        });
        authority.valueProperty().bindBidirectional(viewModel.authorityProperty());
        clearFilter.setOnAction(event -> viewModel.changing(() -> choose(RegisterFilter.ALL)));
        count.textProperty().bind(viewModel.countProperty());
        notice.textProperty().bind(viewModel.noticeProperty());
        // no room kept for a notice until there is one
        notice.managedProperty().bind(notice.textProperty().isNotEmpty());
        notice.visibleProperty().bind(notice.managedProperty());
        table.setItems(viewModel.rows());
        referenceColumn.setCellValueFactory(c -> text(c.getValue().breachCase().reference().toString()));
        titleColumn.setCellValueFactory(c -> text(c.getValue().breachCase().details().title()));
        awareColumn.setCellValueFactory(c -> text(time.display(c.getValue().breachCase().details().awareAt())));
        kindColumn.setCellValueFactory(c -> text(c.getValue().breachCase().details().breachTypes().stream()
                .map(messages::label).sorted().collect(Collectors.joining(", "))));
        severityColumn.setCellValueFactory(c -> text(c.getValue().band() == null ? messages.get("registerscreen.none")
                : messages.label(c.getValue().band())));
        authorityColumn.setCellValueFactory(c -> text(told(c.getValue().authorityAt(), c.getValue().notifyAuthority(),
                null)));
        subjectsColumn.setCellValueFactory(c -> text(told(c.getValue().subjectsAt(), c.getValue().notifySubjects(),
                c.getValue().exception() == null ? null : c.getValue().exception().code())));
        statusColumn.setCellValueFactory(c -> text(messages.label(c.getValue().breachCase().status())));
        TableRows.paged(table, READ_AHEAD, viewModel::readMore,
                row -> navigation.openCase(row.breachCase().reference()));
        boolean mayExport = permissions.may(UseCase.REGISTER_EXPORT);
        for (Button button : new Button[] {exportCsv, exportXlsx, exportPdf}) {
            button.setVisible(mayExport);
            button.setManaged(mayExport);
        }
        exportCsv.setOnAction(event -> export(RegisterFile.Format.CSV));
        exportXlsx.setOnAction(event -> export(RegisterFile.Format.XLSX));
        exportPdf.setOnAction(event -> export(RegisterFile.Format.PDF));
    }

    /** The choice box offers {@code values} by their labels; the values checked are {@code chosen}'s. */
    private <T extends Coded> void choices(CheckComboBox<T> box, T[] values, ObservableList<T> chosen) {
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : messages.label(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        });
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<T>) change ->
                chosen.setAll(box.getCheckModel().getCheckedItems()));
    }

    /** Shows the register of a period (a dashboard figure's), both days included, as {@code filter} keeps it. */
    public void show(LocalDate first, LocalDate last, RegisterFilter filter) {
        viewModel.changing(() -> {
            choose(filter);
            viewModel.showPeriod(first, last);
        });
    }

    /** Sets the filter's controls (and through them the view model's filter) to {@code filter}. */
    private void choose(RegisterFilter filter) {
        check(statuses, filter.statuses());
        check(bands, filter.bands());
        check(types, filter.types());
        authority.setValue(filter.authority());
    }

    private static <T> void check(CheckComboBox<T> box, java.util.Set<T> chosen) {
        box.getCheckModel().clearChecks();
        chosen.forEach(box.getCheckModel()::check);
    }

    /** Reads the register again (when the screen is shown). */
    public void refresh() {
        viewModel.load();
    }

    private void export(RegisterFile.Format format) {
        if (!viewModel.periodChosen()) {
            return;
        }
        printing.saveAs(root.getScene().getWindow(), viewModel.fileName(format))
                .ifPresent(target -> viewModel.export(format, target));
    }

    /** When they were told, that they were not to be (with the ground), or nothing yet. */
    private String told(java.time.Instant at, Boolean decided, String ground) {
        if (at != null) {
            return time.display(at);
        }
        if (Boolean.FALSE.equals(decided)) {
            return ground == null ? messages.get("registerscreen.not-notified")
                    : messages.format("registerscreen.exception", ground);
        }
        return messages.get("registerscreen.none");
    }

    private static ReadOnlyStringWrapper text(String value) {
        return new ReadOnlyStringWrapper(value == null ? "" : value);
    }
}
