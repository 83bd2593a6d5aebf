package org.trustcase.app.ui;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.trustcase.app.AppContext;
import org.trustcase.model.caseclocks.DeadlineBoard;
import org.trustcase.model.caselist.CaseListService;
import org.trustcase.app.WorkspaceInfo;
import org.trustcase.app.ui.assessment.AssessmentTab;
import org.trustcase.app.ui.casefile.AuditTab;
import org.trustcase.app.ui.casefile.CaseTabs;
import org.trustcase.app.ui.evidence.EvidenceTab;
import org.trustcase.app.ui.notifications.NotificationsTab;
import org.trustcase.app.ui.evidence.SystemViewer;
import org.trustcase.app.ui.casefile.OverviewTab;
import org.trustcase.app.ui.cases.CaseList;
import org.trustcase.app.ui.deadlines.AlertWatch;
import org.trustcase.app.ui.deadlines.CaseDeadlinesTab;
import org.trustcase.app.ui.deadlines.DeadlineNotifier;
import org.trustcase.app.ui.deadlines.DesktopNotifier;
import org.trustcase.app.ui.deadlines.DueText;
import org.trustcase.app.ui.deadlines.OpenDeadlines;
import org.trustcase.app.ui.deadlines.Stylesheet;
import org.trustcase.app.ui.intake.IntakeDialog;
import org.trustcase.app.ui.shell.IdleLock;
import org.trustcase.app.ui.shell.LockController;
import org.trustcase.app.ui.shell.LockViewModel;
import org.trustcase.app.ui.shell.MainWindowController;
import org.trustcase.app.ui.shell.SessionControls;
import org.trustcase.app.ui.shell.WindowSession;
import org.trustcase.model.access.Permissions;
import org.trustcase.model.access.UseCase;
import javafx.scene.layout.StackPane;
import org.trustcase.app.ui.shell.Navigation;
import org.trustcase.app.ui.shell.TrailStatus;
import org.trustcase.app.ui.shell.VaultStatus;
import org.trustcase.app.ui.support.ErrorReporter;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.TaskExecutor;
import org.trustcase.app.ui.support.Tasks;
import org.trustcase.app.ui.support.Ticker;
import org.trustcase.app.ui.support.TimeText;
import org.trustcase.app.ui.support.Views;
import org.trustcase.app.ui.support.WorkspaceWatch;
import org.trustcase.app.ui.theme.Theme;
import org.trustcase.app.ui.theme.ThemeSettings;
import org.trustcase.app.ui.theme.UiPreferences;
import org.trustcase.model.assessment.AssessmentService;
import org.trustcase.model.auditing.AuditService;
import org.trustcase.model.caseclocks.CaseClockService;
import org.trustcase.model.casework.CaseService;

/**
 * The main window of an open workspace, wired from an {@link AppContext}: the one place where the
 * window's shared objects and the case tabs are created and registered for the controllers. The
 * controllers get narrow services (the use cases, the clock, the executor), each registered under
 * its own type. Create it on the JavaFX thread.
 */
public final class MainWindow {
    private final Parent root;
    private final Tasks tasks;
    private final Navigation navigation;
    private final Messages messages;
    private final Ticker ticker;
    private final WorkspaceWatch watch;
    private final TrailStatus trail;
    private Scene scene;

    private final LockViewModel lock;
    private final WindowSession session;
    private final IdleLock idle;

    private MainWindow(Parent root, Tasks tasks, Navigation navigation, Messages messages, Ticker ticker,
            WorkspaceWatch watch, TrailStatus trail, LockViewModel lock, WindowSession session, IdleLock idle) {
        this.lock = lock;
        this.session = session;
        this.idle = idle;
        this.trail = trail;
        this.root = root;
        this.tasks = tasks;
        this.navigation = navigation;
        this.messages = messages;
        this.ticker = ticker;
        this.watch = watch;
    }

    /**
     * Builds the window for {@code context}, in the user's zone and language.
     *
     * @param preferences where the chosen theme is kept ({@link UiPreferences#user()} in the app)
     */
    public static MainWindow create(AppContext context, UiPreferences preferences) {
        return create(context, preferences, ZoneId.systemDefault(), Locale.getDefault());
    }

    /** The window of the application, which opens files in the system's programs through {@code viewer}. */
    public static MainWindow create(AppContext context, UiPreferences preferences, SystemViewer viewer) {
        return create(context, preferences, ZoneId.systemDefault(), Locale.getDefault(), null, viewer);
    }

    public static MainWindow create(AppContext context, UiPreferences preferences, ZoneId zone, Locale locale) {
        return create(context, preferences, zone, locale, null);
    }

    /**
     * @param notifier shows the deadline alerts; {@code null} for desktop notifications over the window
     */
    public static MainWindow create(AppContext context, UiPreferences preferences, ZoneId zone, Locale locale,
            DeadlineNotifier notifier) {
        return create(context, preferences, zone, locale, notifier, SystemViewer.NONE);
    }

    /** @param viewer opens a copy of an evidence file in the system's program for it */
    public static MainWindow create(AppContext context, UiPreferences preferences, ZoneId zone, Locale locale,
            DeadlineNotifier notifier, SystemViewer viewer) {
        return create(context, preferences, zone, locale, notifier, viewer,
                new org.trustcase.app.ui.reports.SystemPrinting());
    }

    /** @param printing how the window prints and asks where to save a document */
    public static MainWindow create(AppContext context, UiPreferences preferences, ZoneId zone, Locale locale,
            DeadlineNotifier notifier, SystemViewer viewer, org.trustcase.app.ui.reports.Printing printing) {
        Objects.requireNonNull(context, "context");
        Messages messages = Messages.forLocale(locale, zone);
        AtomicReference<Parent> rootHolder = new AtomicReference<>();
        ErrorReporter errors = new ErrorReporter(messages, () -> windowOf(rootHolder.get()));
        Tasks tasks = new Tasks(errors::report);
        ThemeSettings theme = new ThemeSettings(preferences);
        theme.apply();
        TimeText time = new TimeText(zone);
        Navigation navigation = new Navigation();
        CaseList caseList = new CaseList();
        Ticker ticker = new Ticker(context.clock());
        OpenDeadlines openDeadlines = new OpenDeadlines(ticker);
        caseList.changesProperty().addListener((observable, before, after) -> openDeadlines.refresh());
        if (context.permissions().may(UseCase.DEADLINE_ALERTS)) {
            new AlertWatch(openDeadlines, context.deadlines(), tasks, notifier != null ? notifier
                    : new DesktopNotifier(() -> windowOf(rootHolder.get()), navigation, messages,
                            new DueText(zone, messages), () -> theme.theme() == Theme.DARK, ticker::now), ticker::now);
        }
        LockViewModel lock = new LockViewModel(context.users(), tasks, messages, context.actor().id());
        WindowSession session = new WindowSession(lock, navigation, tasks, context.users());

        TrailStatus trail = new TrailStatus(context.audit(), context.checkpoints(), tasks, messages,
                context.clock());
        VaultStatus vault = new VaultStatus(context.evidence(), tasks, messages);
        Views views = new Views(messages)
                .register(WorkspaceInfo.class, WorkspaceInfo.of(context))
                .register(CaseService.class, context.cases())
                .register(AssessmentService.class, context.assessments())
                .register(CaseClockService.class, context.clocks())
                .register(AuditService.class, context.audit())
                .register(CaseListService.class, context.caseLists())
                .register(DeadlineBoard.class, context.deadlines())
                .register(Clock.class, context.clock())
                .register(TaskExecutor.class, tasks)
                .register(Tasks.class, tasks)
                .register(ErrorReporter.class, errors)
                .register(ThemeSettings.class, theme)
                .register(TimeText.class, time)
                .register(Navigation.class, navigation)
                .register(CaseList.class, caseList)
                .register(Ticker.class, ticker)
                .register(OpenDeadlines.class, openDeadlines)
                .register(TrailStatus.class, trail)
                .register(VaultStatus.class, vault)
                .register(Permissions.class, context.permissions())
                .register(org.trustcase.model.users.UserService.class, context.users())
                .register(SessionControls.class, session)
                .register(org.trustcase.model.evidence.EvidenceService.class, context.evidence())
                .register(org.trustcase.app.EvidenceFiles.class, context.evidenceFiles())
                .register(SystemViewer.class, viewer)
                .register(org.trustcase.model.notifications.RecipientService.class, context.recipients())
                .register(org.trustcase.model.notifications.NotificationService.class, context.notifications())
                .register(org.trustcase.model.notifications.LetterService.class, context.letters())
                .register(org.trustcase.model.organisation.OrganisationService.class, context.organisation())
                .register(org.trustcase.model.tasks.TaskService.class, context.tasks())
                .register(org.trustcase.model.tasks.PlaybookService.class, context.playbooks())
                .register(org.trustcase.model.tasks.NoteService.class, context.notes())
                .register(org.trustcase.model.timeline.TimelineService.class, context.timeline())
                .register(org.trustcase.model.search.SearchService.class, context.search())
                .register(org.trustcase.model.caselist.SavedViewService.class, context.savedViews())
                .register(org.trustcase.model.reports.ReportService.class, context.reports())
                .register(org.trustcase.app.ui.reports.Printing.class, printing)
                .register(org.trustcase.model.search.TextExtractor.class,
                        new org.trustcase.app.preview.EvidenceTextExtractor());
        // the tabs of an open case, in their order; a capability without a tab shows none
        views.register(CaseTabs.class, CaseTabs.of(new OverviewTab(views), new AssessmentTab(views),
                new org.trustcase.app.ui.tasks.TasksTab(views), new org.trustcase.app.ui.timeline.TimelineTab(views),
                new CaseDeadlinesTab(views), new EvidenceTab(views), new NotificationsTab(views), new AuditTab(views)));
        views.register(IntakeDialog.class, new IntakeDialog(views, messages, caseList, navigation));
        Parent main = views.load(MainWindowController.class).root();
        // the lock screen lies over the whole window, hidden until the window is locked
        StackPane root = new StackPane(main, views.load(LockController.class, lock).root());
        root.getStylesheets().add(Stylesheet.url());
        rootHolder.set(root);
        IdleLock idle = new IdleLock(IdleLock.DEFAULT, lock::lock, System::nanoTime);
        idle.install(root);
        ticker.start();
        trail.start();
        if (context.permissions().may(UseCase.EVIDENCE_RECONCILE)) {
            vault.check();
        }
        // what scripts and other windows change in the workspace shows here too
        WorkspaceWatch watch = new WorkspaceWatch(context::changesElsewhere, Platform::runLater,
                caseList::changedElsewhere);
        watch.start();
        return new MainWindow(root, tasks, navigation, messages, ticker, watch, trail, lock, session, idle);
    }

    public Parent root() {
        return root;
    }

    /** A scene holding the window, with the application stylesheet (created on first call). */
    public Scene scene() {
        if (scene == null) {
            scene = root.getScene() != null ? root.getScene() : new Scene(root);
            ThemeSettings.style(scene);
        }
        return scene;
    }

    public Navigation navigation() {
        return navigation;
    }

    /**
     * Makes closing {@code stage} (its close button, the system's close shortcut) ask about unsaved work first, as
     * leaving a page does; {@code close} runs once nothing unsaved is left (saved or discarded), never when the user
     * stays.
     */
    public void closeThrough(Stage stage, Runnable close) {
        stage.setOnCloseRequest(event -> {
            event.consume();
            navigation.leave(close);
        });
    }

    /** The window title. */
    public String title() {
        return messages.get("app.title");
    }

    /** The window's ticking clock (countdowns and deadline alerts follow it). */
    public Ticker ticker() {
        return ticker;
    }

    /** The audit trail's last check, as the status bar shows it. */
    public TrailStatus trail() {
        return trail;
    }

    /** Covers the window until the signed-in person's password is given again. */
    public void lock() {
        lock.lock();
    }

    public boolean isLocked() {
        return lock.lockedProperty().get();
    }

    /** What happens once the person has signed out (the sign-in screen again); nothing until set. */
    public void onSignOut(Runnable signedOut) {
        session.onSignedOut(signedOut);
    }

    /** The File menu's recent workspaces, and what opens the workspace chosen there once this window is left. */
    public void onWorkspaceSwitch(java.util.function.Supplier<java.util.List<java.nio.file.Path>> recent,
            java.util.function.Consumer<WorkspaceRequest> then) {
        session.onWorkspaceSwitch(recent, then);
    }

    /** True when no background work is queued or running. */
    public boolean isIdle() {
        return tasks.isIdle();
    }

    /** Stops the background worker (after the work already queued). */
    public void shutDown() {
        idle.stop();
        trail.stop();
        watch.close();
        ticker.stop();
        tasks.close();
    }

    private static Window windowOf(Parent root) {
        return root == null || root.getScene() == null ? null : root.getScene().getWindow();
    }
}
