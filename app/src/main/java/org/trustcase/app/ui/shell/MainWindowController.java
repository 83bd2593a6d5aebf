package org.trustcase.app.ui.shell;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.trustcase.app.WorkspaceInfo;
import org.trustcase.app.WorkspaceKind;
import org.trustcase.app.ui.WorkspaceRequest;
import org.trustcase.app.ui.auditlog.AuditLogController;
import org.trustcase.app.ui.casefile.CaseViewController;
import org.trustcase.app.ui.cases.CaseList;
import org.trustcase.app.ui.cases.CasesController;
import org.trustcase.app.ui.dashboard.DashboardController;
import org.trustcase.app.ui.deadlines.DeadlinesController;
import org.trustcase.app.ui.intake.IntakeDialog;
import org.trustcase.app.ui.settings.SettingsController;
import org.trustcase.app.ui.support.FolderChooser;
import org.trustcase.app.ui.support.Keys;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.TaskExecutor;
import org.trustcase.app.ui.support.Views;
import org.trustcase.model.access.Permissions;
import org.trustcase.model.access.UseCase;

/** The main window: navigation on the left, the current page in the middle, the status bar below. */
public final class MainWindowController {
    private final Views views;
    private final Navigation navigation;
    private final WorkspaceInfo workspaceInfo;
    private final TaskExecutor tasks;
    private final Messages messages;
    private final CaseList caseList;
    private final IntakeDialog intake;
    private final Map<Section, Parent> sections = new EnumMap<>(Section.class);
    private DashboardController dashboard;
    private CasesController cases;
    private org.trustcase.app.ui.search.SearchController search;
    private org.trustcase.app.ui.register.RegisterController register;
    private DeadlinesController deadlines;
    private AuditLogController auditLog;
    private final Permissions permissions;
    private final SessionControls sessionControls;

    @FXML private Parent root;
    @FXML private ToggleButton navDashboard;
    @FXML private ToggleButton navCases;
    @FXML private ToggleButton navSearch;
    @FXML private ToggleButton navDeadlines;
    @FXML private ToggleButton navRegister;
    @FXML private ToggleButton navAudit;
    @FXML private Button lock;
    @FXML private Button signOut;
    @FXML private ToggleButton navSettings;
    @FXML private StackPane content;
    @FXML private Label workspace;
    @FXML private Label actor;
    @FXML private Label demoBadge;
    @FXML private ProgressIndicator busy;
    @FXML private Label busyText;
    @FXML private Button trail;
    @FXML private FontIcon trailIcon;
    @FXML private HBox trailBanner;
    @FXML private Label trailBannerText;
    private final TrailStatus trailStatus;
    private final VaultStatus vaultStatus;
    @FXML private Button vault;
    @FXML private Menu fileMenu;
    @FXML private MenuItem newWorkspace;
    @FXML private MenuItem openWorkspace;
    @FXML private Menu recentMenu;
    @FXML private MenuItem demoWorkspace;
    @FXML private MenuItem signOutItem;

    public MainWindowController(Views views, Navigation navigation, WorkspaceInfo workspaceInfo, TaskExecutor tasks,
            Messages messages, CaseList caseList, IntakeDialog intake, TrailStatus trailStatus, VaultStatus vaultStatus,
            Permissions permissions, SessionControls sessionControls) {
        this.vaultStatus = vaultStatus;
        this.permissions = permissions;
        this.sessionControls = sessionControls;
        this.trailStatus = trailStatus;
        this.views = views;
        this.navigation = navigation;
        this.workspaceInfo = workspaceInfo;
        this.tasks = tasks;
        this.messages = messages;
        this.caseList = caseList;
        this.intake = intake;
    }

    @FXML
    private void initialize() {
        ToggleGroup group = new ToggleGroup();
        Map<Section, ToggleButton> toggles = Map.of(Section.DASHBOARD, navDashboard, Section.CASES, navCases,
                Section.SEARCH, navSearch, Section.DEADLINES, navDeadlines, Section.REGISTER, navRegister, Section.AUDIT, navAudit,
                Section.SETTINGS, navSettings);
        // a role sees only the sections it may read (a reviewer: their cases)
        offer(navDashboard, permissions.may(UseCase.CASE_FIGURES));
        offer(navDeadlines, permissions.may(UseCase.DEADLINE_LIST));
        offer(navRegister, permissions.may(UseCase.CASE_FIGURES));
        offer(navAudit, permissions.may(UseCase.AUDIT_SEARCH));
        if (!permissions.may(UseCase.CASE_FIGURES) && navigation.page() == Section.DASHBOARD) {
            navigation.show(Section.CASES);
        }
        toggles.forEach((section, toggle) -> {
            toggle.setToggleGroup(group);
            toggle.setUserData(section);
            toggle.setOnAction(event -> {
                navigation.show(section);
                // the page stays when the user chose to stay with unsaved work: so does the highlighted entry
                toggles.get(navigation.page().section()).setSelected(true);
            });
        });
        group.selectedToggleProperty().addListener((observable, before, after) -> {
            if (after == null && before != null) {
                keepSelected(group, before);
            }
        });
        navigation.pageProperty().addListener((observable, before, after) -> {
            toggles.get(after.section()).setSelected(true);
            show(after);
        });
        toggles.get(navigation.page().section()).setSelected(true);

        workspace.setText(workspaceInfo.directory().toAbsolutePath().toString());
        actor.setText(messages.format("status.signed-in", workspaceInfo.actor().name(),
                workspaceInfo.actor().roles().stream().map(messages::label).sorted().collect(Collectors.joining(", "))));
        lock.setOnAction(event -> sessionControls.lock());
        signOut.setOnAction(event -> sessionControls.signOut());
        fileMenu();
        boolean fictional = workspaceInfo.kind() != WorkspaceKind.REAL;
        demoBadge.setText(messages.get(workspaceInfo.kind() == WorkspaceKind.GENERATED
                ? "status.generated" : "status.demo"));
        demoBadge.setVisible(fictional);
        demoBadge.setManaged(fictional);
        busy.visibleProperty().bind(tasks.busyProperty());
        busyText.visibleProperty().bind(tasks.busyProperty());
        showTrail();
        showVault();

        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (Keys.NEW_CASE.match(event) && permissions.may(UseCase.CASE_OPEN)) {
                event.consume();
                intake.open(root.getScene().getWindow());
            } else if (Keys.FIND.match(event) || Keys.QUICK_FIND.match(event)) {
                event.consume();
                navigation.show(Section.SEARCH);
                search.focus();
            }
        });
        loadSections();
        // the lists read again by themselves; the dashboard's figures when it is shown
        caseList.changesElsewhereProperty().addListener((observable, before, after) -> {
            if (navigation.page() == Section.DASHBOARD && dashboard != null) {
                dashboard.refresh();
            }
        });
        caseList.reload();
        show(navigation.page());
    }

    /** The audit trail's last check in the status bar (a click checks again), and a failure as a lasting banner. */
    private void showTrail() {
        trail.textProperty().bind(trailStatus.textProperty());
        trail.setOnAction(event -> trailStatus.verify());
        trail.setTooltip(new Tooltip(messages.get("trail.tooltip")));
        trailStatus.stateProperty().addListener((observable, before, after) -> styleTrail(after));
        styleTrail(trailStatus.stateProperty().get());
        trailBannerText.textProperty().bind(trailStatus.bannerProperty());
        trailBanner.managedProperty().bind(trailStatus.bannerProperty().isNotEmpty());
        trailBanner.visibleProperty().bind(trailBanner.managedProperty());
    }

    /** The evidence vault's disagreements with the items, in the status bar while there are any (a click checks again). */
    private void showVault() {
        vault.textProperty().bind(vaultStatus.textProperty());
        vault.managedProperty().bind(vaultStatus.textProperty().isNotEmpty());
        vault.visibleProperty().bind(vault.managedProperty());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(vaultStatus.detailsProperty());
        vault.setTooltip(tip);
        vault.setOnAction(event -> vaultStatus.check());
    }

    private void styleTrail(TrailStatus.State state) {
        trail.getStyleClass().removeAll("trail-intact", "trail-broken");
        if (state == TrailStatus.State.INTACT) {
            trail.getStyleClass().add("trail-intact");
        } else if (state == TrailStatus.State.BROKEN) {
            trail.getStyleClass().add("trail-broken");
        }
        trailIcon.setIconLiteral(state == TrailStatus.State.BROKEN ? "mdi2s-shield-alert-outline"
                : state == TrailStatus.State.INTACT ? "mdi2s-shield-check-outline" : "mdi2s-shield-outline");
    }

    private void loadSections() {
        // a section the role may not read is never loaded: it would read what the role may not
        if (permissions.may(UseCase.CASE_FIGURES)) {
            Views.View<DashboardController> dashboardView = views.load(DashboardController.class);
            dashboard = dashboardView.controller();
            sections.put(Section.DASHBOARD, dashboardView.root());
        }
        Views.View<CasesController> casesView = views.load(CasesController.class);
        cases = casesView.controller();
        sections.put(Section.CASES, casesView.root());
        Views.View<org.trustcase.app.ui.search.SearchController> searchView =
                views.load(org.trustcase.app.ui.search.SearchController.class);
        search = searchView.controller();
        sections.put(Section.SEARCH, searchView.root());
        if (permissions.may(UseCase.DEADLINE_LIST)) {
            Views.View<DeadlinesController> deadlinesView = views.load(DeadlinesController.class);
            deadlines = deadlinesView.controller();
            sections.put(Section.DEADLINES, deadlinesView.root());
        }
        if (permissions.may(UseCase.REGISTER_LIST)) {
            Views.View<org.trustcase.app.ui.register.RegisterController> registerView =
                    views.load(org.trustcase.app.ui.register.RegisterController.class);
            register = registerView.controller();
            sections.put(Section.REGISTER, registerView.root());
        }
        if (permissions.may(UseCase.AUDIT_SEARCH)) {
            Views.View<AuditLogController> auditView = views.load(AuditLogController.class,
                    views.create(org.trustcase.app.ui.auditlog.AuditLogViewModel.class));
            auditLog = auditView.controller();
            sections.put(Section.AUDIT, auditView.root());
        }
        javafx.scene.control.ScrollPane settings = new javafx.scene.control.ScrollPane(views.load(
                SettingsController.class, views.create(org.trustcase.app.ui.settings.AccountsViewModel.class)).root());
        settings.setFitToWidth(true);
        settings.setId("settings-scroll");
        sections.put(Section.SETTINGS, settings);
    }

    private void show(Page page) {
        Parent shown;
        if (page instanceof OpenCase open) {
            shown = views.load(CaseViewController.class, open).root();
        } else if (page instanceof RegisterPeriod period) {
            if (register == null) {
                // a role that may not read the register: the cases instead
                navigation.show(Section.CASES);
                return;
            }
            shown = sections.get(Section.REGISTER);
            register.show(period.from(), period.to(), period.filter());
        } else if (page instanceof FocusedCases focused) {
            shown = sections.get(Section.CASES);
            if (focused.focus() != null) {
                cases.focus(focused.focus());
            } else {
                cases.focus(focused.status());
            }
        } else {
            Section section = (Section) page;
            shown = sections.get(section);
            if (shown == null) {
                // a section the role may not read (a link into it): the cases instead
                navigation.show(Section.CASES);
                return;
            }
            if (section == Section.DASHBOARD && dashboard != null) {
                dashboard.refresh();
            } else if (section == Section.CASES) {
                cases.refresh();
            } else if (section == Section.DEADLINES && deadlines != null) {
                deadlines.refresh();
            } else if (section == Section.AUDIT && auditLog != null) {
                auditLog.refresh();
            } else if (section == Section.SEARCH) {
                search.shown();
            } else if (section == Section.REGISTER && register != null) {
                register.refresh();
            }
        }
        content.getChildren().setAll(shown);
    }

    private static void offer(ToggleButton entry, boolean allowed) {
        entry.setVisible(allowed);
        entry.setManaged(allowed);
    }

    private static void keepSelected(ToggleGroup group, Toggle toggle) {
        group.selectToggle(toggle);
    }

    /** File: a new, another, a recent or the demo workspace (this one is left first), and signing out. */
    private void fileMenu() {
        newWorkspace.setOnAction(event -> FolderChooser.choose(content.getScene().getWindow(),
                messages.get("welcome.new.chooser"))
                .ifPresent(folder -> sessionControls.openWorkspace(WorkspaceRequest.create(folder))));
        openWorkspace.setOnAction(event -> FolderChooser.choose(content.getScene().getWindow(),
                messages.get("welcome.open.chooser"))
                .ifPresent(folder -> sessionControls.openWorkspace(WorkspaceRequest.existing(folder))));
        demoWorkspace.setOnAction(event -> sessionControls.openWorkspace(WorkspaceRequest.demo()));
        signOutItem.setOnAction(event -> sessionControls.signOut());
        fileMenu.setOnShowing(event -> {
            Path current = workspaceInfo.directory().toAbsolutePath().normalize();
            recentMenu.getItems().clear();
            for (Path folder : sessionControls.recentWorkspaces()) {
                if (!folder.equals(current)) {
                    MenuItem item = new MenuItem(folder.toString());
                    item.setMnemonicParsing(false);
                    item.setOnAction(chosen -> sessionControls.openWorkspace(WorkspaceRequest.existing(folder)));
                    recentMenu.getItems().add(item);
                }
            }
            if (recentMenu.getItems().isEmpty()) {
                MenuItem none = new MenuItem(messages.get("menu.file.recent.none"));
                none.setDisable(true);
                recentMenu.getItems().add(none);
            }
        });
    }
}
