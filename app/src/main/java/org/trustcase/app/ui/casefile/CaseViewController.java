package org.trustcase.app.ui.casefile;

import java.util.List;
import org.trustcase.model.caseclocks.JurisdictionHint;
import org.trustcase.model.access.Permissions;
import org.trustcase.model.users.UserService;
import org.trustcase.model.access.UseCase;
import java.time.Clock;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.trustcase.app.WorkspaceInfo;
import org.trustcase.app.ui.cases.CaseList;
import org.trustcase.app.ui.cases.StatusBadge;
import org.trustcase.app.ui.shell.LeaveGuard;
import org.trustcase.app.ui.shell.Navigation;
import org.trustcase.app.ui.shell.OpenCase;
import org.trustcase.app.ui.shell.Section;
import org.trustcase.app.ui.support.Keys;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.Reveal;
import org.trustcase.app.ui.support.TaskExecutor;
import org.trustcase.app.ui.support.TimeText;
import org.trustcase.model.auditing.AuditService;
import org.trustcase.model.caseclocks.CaseClockService;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.casework.CaseService;

/**
 * A case: its header, the workflow buttons and the registered {@link CaseTab}s. Creates the case's view model from
 * the services it is given; the page it shows names the case and, optionally, the tab to show first.
 */
public final class CaseViewController {
    /** The checklist's list is never squeezed under this, so that a line or two always show. */
    private static final double MIN_CHECKLIST_HEIGHT = 100;

    private final OpenCase page;
    private final CaseViewModel viewModel;
    private final CaseTabs caseTabs;
    private final Navigation navigation;
    private final Messages messages;
    private final TimeText time;
    private final Clock clock;
    private final String actor;
    private final ChangeListener<Number> refreshAfterChangeElsewhere;

    @FXML private Parent root;
    @FXML private Button back;
    @FXML private Label reference;
    @FXML private Label status;
    @FXML private Label title;
    @FXML private Label owner;
    @FXML private Label awareSince;
    @FXML private Label reviewers;
    @FXML private Button assign;
    @FXML private Button print;
    @FXML private javafx.scene.layout.HBox printBar;
    @FXML private Label printNotice;
    @FXML private Button saveSummary;
    private final org.trustcase.app.ui.reports.PrintViewModel printing;
    private CaseReviewersViewModel reviewersModel;
    @FXML private HBox workflowButtons;
    private final Permissions permissions;
    @FXML private VBox checklistBox;
    @FXML private Label checklistSummary;
    @FXML private Button checklistToggle;
    @FXML private VBox checklistItems;
    @FXML private ScrollPane checklistScroll;
    @FXML private Label clockGap;
    @FXML private HBox noticeBar;
    @FXML private Label notice;
    @FXML private Button dismissNotice;
    @FXML private TabPane tabs;
    @FXML private VBox jurisdictionHints;

    public CaseViewController(OpenCase page, CaseService cases, AuditService audit, CaseClockService clocks,
            TaskExecutor tasks, Messages messages, TimeText time, Clock clock, CaseList caseList, CaseTabs caseTabs,
            Navigation navigation, WorkspaceInfo workspace, Permissions permissions, UserService users,
            org.trustcase.model.reports.ReportService reports, org.trustcase.app.ui.reports.Printing printer,
            org.trustcase.app.ui.shell.TrailStatus trail, org.trustcase.model.organisation.OrganisationService
                    organisation, org.trustcase.model.notifications.RecipientService recipients) {
        this.permissions = permissions;
        // the summary in the window's language, its times in the organisation's zone (read when it is made)
        String language = messages.documentLanguage();
        this.printing = new org.trustcase.app.ui.reports.PrintViewModel(reports, printer, tasks, messages,
                () -> org.trustcase.app.documents.DocumentLanguage.of(language, organisation.profile()), trail,
                page.reference());
        this.reviewersModel = new CaseReviewersViewModel(users, tasks, messages, page.reference());
        this.page = page;
        this.viewModel = new CaseViewModel(cases, audit, clocks.engine()::coverage, breachCase -> hints(breachCase,
                recipients, clocks, permissions), tasks, messages, time, clock, caseList::reload, page.reference());
        this.refreshAfterChangeElsewhere = (observable, before, after) -> viewModel.refreshUnlessEdited();
        // weakly: the window's case list outlives the pages of the cases opened
        caseList.changesElsewhereProperty().addListener(new WeakChangeListener<>(refreshAfterChangeElsewhere));
        this.caseTabs = caseTabs;
        this.navigation = navigation;
        this.messages = messages;
        this.time = time;
        this.clock = clock;
        this.actor = workspace.actor().name();
    }

    /** A tab's warning as a red mark on its title (with the words as its tooltip); null for none. */
    /** The Print button (and Ctrl+P), and the bar that says what printing did and offers Save as PDF. */
    private void showPrinting() {
        boolean mayPrint = permissions.may(UseCase.REPORT_CASE);
        print.setVisible(mayPrint);
        print.setManaged(mayPrint);
        print.disableProperty().bind(printing.workingProperty());
        print.setOnAction(event -> printing.print(root.getScene().getWindow()));
        printNotice.textProperty().bind(printing.noticeProperty());
        printBar.managedProperty().bind(printing.noticeProperty().isNotEmpty());
        printBar.visibleProperty().bind(printBar.managedProperty());
        saveSummary.visibleProperty().bind(printing.offerSaveProperty());
        saveSummary.managedProperty().bind(printing.offerSaveProperty());
        saveSummary.setOnAction(event -> printing.saveAs(root.getScene().getWindow()));
        if (mayPrint) {
            // Ctrl+P wherever the keyboard is in the window, while this case is shown
            Runnable printNow = () -> printing.print(root.getScene().getWindow());
            root.sceneProperty().addListener((observable, before, after) -> {
                if (before != null) {
                    before.getAccelerators().remove(Keys.PRINT, printNow);
                }
                if (after != null) {
                    after.getAccelerators().put(Keys.PRINT, printNow);
                }
            });
            if (root.getScene() != null) {
                root.getScene().getAccelerators().put(Keys.PRINT, printNow);
            }
        }
    }

    private static javafx.scene.Node alertBadge(String alert) {
        if (alert == null || alert.isEmpty()) {
            return null;
        }
        org.kordamp.ikonli.javafx.FontIcon icon = new org.kordamp.ikonli.javafx.FontIcon("mdi2a-alert-circle");
        icon.getStyleClass().add("tab-alert");
        javafx.scene.control.Label badge = new javafx.scene.control.Label(null, icon);
        badge.setTooltip(new javafx.scene.control.Tooltip(alert));
        badge.getStyleClass().add("tab-alert-badge");
        return badge;
    }

    @FXML
    private void initialize() {
        back.setOnAction(event -> navigation.show(Section.CASES));
        reference.setText(viewModel.reference().toString());
        viewModel.breachCaseProperty().addListener((observable, before, after) -> showHeader(after));
        viewModel.actions().addListener((ListChangeListener<WorkflowAction>) change -> showActions());

        checklistBox.managedProperty().bind(Bindings.createBooleanBinding(
                () -> !viewModel.checklistProperty().get().isEmpty(), viewModel.checklistProperty()));
        checklistBox.visibleProperty().bind(checklistBox.managedProperty());
        checklistToggle.textProperty().bind(Bindings.when(viewModel.checklistExpandedProperty())
                .then(messages.get("checklist.hide")).otherwise(messages.get("checklist.show")));
        checklistToggle.setOnAction(event -> viewModel.checklistExpandedProperty()
                .set(!viewModel.checklistExpandedProperty().get()));
        checklistScroll.managedProperty().bind(Bindings.isNotEmpty(checklistItems.getChildren()));
        checklistScroll.visibleProperty().bind(checklistScroll.managedProperty());
        // the list takes up to a quarter of the page, and keeps that however little room the page has: a longer
        // list scrolls, and the case's tabs keep the rest
        Region view = (Region) root;
        checklistScroll.maxHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(MIN_CHECKLIST_HEIGHT, view.getHeight() / 4), view.heightProperty()));
        checklistScroll.minHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(checklistScroll.getMaxHeight(), checklistItems.getHeight() + 2),
                checklistItems.heightProperty(), checklistScroll.maxHeightProperty()));
        viewModel.checklistProperty().addListener((observable, before, after) -> showChecklist());
        viewModel.checklistExpandedProperty().addListener((observable, before, after) -> showChecklist());

        viewModel.hints().addListener((javafx.collections.ListChangeListener<JurisdictionHint>) change -> showHints());
        clockGap.textProperty().bind(viewModel.clockGapProperty());
        clockGap.managedProperty().bind(clockGap.textProperty().isNotEmpty());
        clockGap.visibleProperty().bind(clockGap.managedProperty());

        notice.textProperty().bind(viewModel.noticeProperty());
        noticeBar.managedProperty().bind(viewModel.noticeProperty().isNotEmpty());
        noticeBar.visibleProperty().bind(noticeBar.managedProperty());
        dismissNotice.setOnAction(event -> viewModel.dismissNotice());

        showTabs();
        showReviewers();

        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (Keys.SAVE.match(event)) {
                event.consume();
                viewModel.save();
            }
        });
        showPrinting();
        // Esc leaves the case for the list, unless a control (an open popup, a dialog) used it first
        root.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                navigation.show(Section.CASES);
            }
        });
        navigation.guardLeaving(new LeaveGuard() {
            @Override
            public boolean hasUnsavedWork() {
                return viewModel.hasUnsavedEdits();
            }

            @Override
            public void confirmLeave(Runnable leave) {
                switch (LeaveDialog.ask(root.getScene() == null ? null : root.getScene().getWindow(),
                        viewModel.reference().toString(), messages)) {
                    case SAVE -> viewModel.saveThen(leave);
                    case DISCARD -> {
                        viewModel.discardEdits();
                        leave.run();
                    }
                    case STAY -> { }
                }
            }
        });
        viewModel.load();
    }

    /** One tab per registered {@link CaseTab}, in their order; the one the page asks for is shown first. */
    private void showTabs() {
        Tab first = null;
        for (CaseTab caseTab : caseTabs.all()) {
            Tab tab = new Tab(messages.get(caseTab.titleKey()));
            tab.setId(caseTab.id());
            CaseTabContext context = new CaseTabContext(viewModel, tab.selectedProperty());
            tab.setContent(caseTab.content(context));
            context.alertProperty().addListener((observable, before, after) -> tab.setGraphic(alertBadge(after)));
            tab.setGraphic(alertBadge(context.alertProperty().get()));
            tabs.getTabs().add(tab);
            if (first == null && page.asksFor(caseTab.id())) {
                first = tab;
            }
        }
        if (first != null) {
            tabs.getSelectionModel().select(first);
        }
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

    /** Who reviews the case; a DPO assigns them. */
    private void showReviewers() {
        reviewers.textProperty().bind(Bindings.createStringBinding(() -> reviewersModel.assigned().isEmpty()
                ? messages.get("case.reviewers.none")
                : messages.format("case.reviewers", String.join(", ", reviewersModel.assigned())),
                reviewersModel.assigned()));
        boolean assigns = permissions.may(UseCase.CASE_ASSIGN);
        assign.setVisible(assigns);
        assign.setManaged(assigns);
        assign.setOnAction(event -> reviewersModel.candidates(candidates -> ReviewersDialog
                .ask(root.getScene().getWindow(), messages, candidates, reviewersModel.assigned())
                .ifPresent(reviewersModel::assignExactly)));
        reviewersModel.problemProperty().addListener((observable, before, after) -> {
            if (!after.isEmpty()) {
                reviewers.setText(after);
            }
        });
        reviewersModel.load();
    }

    private void showActions() {
        workflowButtons.getChildren().clear();
        if (!permissions.may(UseCase.CASE_MOVE)) {
            return;
        }
        for (WorkflowAction action : viewModel.actions()) {
            Button button = new Button(action.label(), new FontIcon(action.iconLiteral()));
            button.setId(action.id());
            button.setMinWidth(Region.USE_PREF_SIZE);
            button.getStyleClass().add(switch (action.kind()) {
                case ADVANCE -> "accent";
                case CLOSE -> "success";
                case DISMISS -> "danger";
                case REOPEN, BACK -> "button-outlined";
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
                // trying a blocked step opens what is still needed for it
                holder.setOnMouseClicked(event -> viewModel.checklistExpandedProperty().set(true));
            }
            workflowButtons.getChildren().add(holder);
        }
    }

    private void showChecklist() {
        Checklist checklist = viewModel.checklistProperty().get();
        checklistSummary.setText(checklist.summary(messages));
        checklistItems.getChildren().clear();
        boolean expanded = viewModel.checklistExpandedProperty().get();
        checklistItems.setManaged(expanded);
        checklistItems.setVisible(expanded);
        if (!expanded) {
            return;
        }
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (Checklist.Group group : checklist.groups()) {
            Label heading = new Label(group.heading());
            heading.getStyleClass().add("checklist-heading");
            checklistItems.getChildren().add(heading);
            for (Checklist.Item item : group.items()) {
                Hyperlink link = new Hyperlink(item.text());
                link.setWrapText(true);
                link.setMaxWidth(Double.MAX_VALUE);
                link.setMinHeight(Region.USE_PREF_SIZE);
                if (ids.add(item.code())) {
                    link.setId("checklist-item-" + item.code());
                }
                if (item.target() == null) {
                    link.setDisable(true);
                } else {
                    link.setTooltip(new Tooltip(messages.get("checklist.item.tooltip")));
                    link.setOnAction(event -> goTo(item));
                }
                checklistItems.getChildren().add(link);
            }
        }
    }

    /** Opens the tab, or the Overview and the field, where a missing thing is done, and focuses it. */
    private void goTo(Checklist.Item item) {
        String tabId = item.opensTab() ? item.target() : OverviewTab.TAB_ID;
        tabs.getTabs().stream().filter(tab -> tabId.equals(tab.getId())).findFirst()
                .ifPresent(tab -> tabs.getSelectionModel().select(tab));
        if (item.opensTab()) {
            return;
        }
        // the tab's content is laid out on the next pulse: look the field up then
        Platform.runLater(() -> field(item.target()).ifPresent(Reveal::andFocus));
    }

    /** The Overview's control of a field: {@code #overview-owner}, or the first of a group ({@code #overview-breachTypes-…}). */
    private java.util.Optional<Node> field(String key) {
        Node exact = root.lookup("#overview-" + key);
        if (exact != null) {
            return java.util.Optional.of(exact);
        }
        return root.lookupAll(".check-box").stream()
                .filter(node -> node.getId() != null && node.getId().startsWith("overview-" + key + "-")).findFirst();
    }

    /** Every move is confirmed first, showing what will be recorded. */
    private void take(WorkflowAction action) {
        BreachCase current = viewModel.breachCaseProperty().get();
        if (current == null) {
            return;
        }
        MoveDialog.ask(root.getScene().getWindow(), action, current, actor, clock.instant(), time, messages)
                .ifPresent(confirmed -> viewModel.move(action, confirmed.reason()));
    }

    /** Where the case's recipients live that it does not name, for a person who may read that (else nothing). */
    private static List<JurisdictionHint> hints(BreachCase breachCase,
            org.trustcase.model.notifications.RecipientService recipients, CaseClockService clocks,
            Permissions permissions) {
        if (!permissions.may(org.trustcase.model.access.UseCase.RECIPIENT_RESIDENCES)) {
            return List.of();
        }
        return JurisdictionHint.missing(breachCase.details().jurisdictions(),
                recipients.residences(breachCase.reference()), clocks.engine().engine().catalog());
    }

    /** A line per hint: how many recipients live where, the clocks it would bring, and a button adding it. */
    private void showHints() {
        jurisdictionHints.getChildren().clear();
        boolean mayAdd = permissions.may(org.trustcase.model.access.UseCase.CASE_UPDATE);
        for (JurisdictionHint hint : viewModel.hints()) {
            Label text = new Label(messages.format("case.jurisdictionHint", hint.recipients(),
                    hint.jurisdiction().code(), String.join(", ", hint.ruleIds())));
            text.setWrapText(true);
            text.setMaxWidth(Double.MAX_VALUE);
            text.setId("case-jurisdiction-hint-" + hint.jurisdiction().code());
            HBox.setHgrow(text, javafx.scene.layout.Priority.ALWAYS);
            HBox line = new HBox(8, text);
            line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            if (mayAdd) {
                Button add = new Button(messages.format("case.jurisdictionHint.add", hint.jurisdiction().code()));
                add.setId("case-add-jurisdiction-" + hint.jurisdiction().code());
                add.getStyleClass().add("small");
                add.setMinWidth(Region.USE_PREF_SIZE);
                add.setOnAction(event -> viewModel.addJurisdiction(hint.jurisdiction()));
                line.getChildren().add(add);
            }
            jurisdictionHints.getChildren().add(line);
        }
        jurisdictionHints.setManaged(!viewModel.hints().isEmpty());
        jurisdictionHints.setVisible(!viewModel.hints().isEmpty());
    }
}
