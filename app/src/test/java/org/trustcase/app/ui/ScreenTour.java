package org.trustcase.app.ui;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Button;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.trustcase.app.AppContext;
import org.trustcase.app.bootstrap.AppContextFactory;
import org.trustcase.app.ui.deadlines.DeadlineNotifier;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.common.Actor;
import org.trustcase.model.common.Role;

/**
 * Not a test: a tour of the window on the demo workspace that writes a picture of each screen, as the screen shows
 * it (the main window with its dialogs and alert popups drawn where they stand), in the light and the dark theme.
 * Run it with {@code mvn -Pscreens -pl app test -Dscreens.size=1024x700} (the screen's size; pictures go to
 * {@code app/target/screens}) and look at what it wrote.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenTour extends WindowTest {
    /** A Monday morning in Warsaw: the demo's story is told relative to it. */
    private static final Instant TOUR_NOW = Instant.parse("2026-12-07T08:30:00Z");
    private static final ZoneId ZONE = ZoneId.of("Europe/Warsaw");

    private Stage stage;
    private int taken;

    @Override
    protected AppContext newContext() {
        clock.set(TOUR_NOW);
        try {
            Path directory = Files.createTempDirectory("trustcase-tour-");
            Actor user = new Actor("julia.kaczmarek", "Julia Kaczmarek", Set.of(Role.DPO));
            return new AppContextFactory(clock, user).create(directory, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected DeadlineNotifier notifier() {
        return null;
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = MainWindow.create(context, preferences, ZONE, Locale.ENGLISH, notifier());
        stage.setScene(window.scene());
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setX(screen.getMinX());
        stage.setY(screen.getMinY());
        stage.setWidth(screen.getWidth());
        stage.setHeight(screen.getHeight());
        stage.show();
    }

    @Test
    void tour(FxRobot robot) {
        for (String theme : List.of("light", "dark")) {
            if (theme.equals("dark")) {
                robot.clickOn("#nav-settings");
                // the light tour left the settings scrolled down to the organisation's facts
                reveal(robot, "#settings-theme-dark");
                robot.clickOn("#settings-theme-dark");
                settle();
            }
            robot.clickOn("#nav-dashboard");
            settle();
            shot(theme, "dashboard");
            // below the fold: the year's notifications and the breaches by month
            robot.interact(() -> robot.lookup(".scroll-pane").queryAll()
                    .forEach(pane -> ((javafx.scene.control.ScrollPane) pane).setVvalue(1)));
            settle();
            shot(theme, "dashboard-notifying");
            popups().stream().findFirst().ifPresent(popup -> save(theme, "alert", snapshot(popup)));

            robot.clickOn("#nav-register");
            settle();
            robot.interact(() -> robot.lookup("#register-from").<javafx.scene.control.DatePicker>query()
                    .setValue(java.time.LocalDate.of(2026, 1, 1)));
            settle();
            shot(theme, "register");

            robot.clickOn("#nav-cases");
            shot(theme, "cases");
            dialog(robot, theme, "new-case", "#new-case");

            open(robot, "TC-2026-0001", null);
            robot.clickOn("#checklist-toggle");
            shot(theme, "case-overview-checklist");
            for (String tab : List.of("assessment", "tasks", "timeline", "deadlines", "audit")) {
                robot.clickOn("#case-tab-" + tab);
                shot(theme, "case-" + tab);
            }
            // the evidence: the recall report's first page with the DPO's note on a region, chosen in the list
            robot.clickOn("#checklist-toggle");
            robot.clickOn("#case-tab-evidence");
            settle();
            robot.clickOn("Recall report - payroll e-mail.pdf");
            settle();
            robot.interact(() -> robot.lookup("#evidence-notes").queryListView().getSelectionModel().select(0));
            settle();
            shot(theme, "case-evidence");
            robot.clickOn("delivery-log.txt");
            settle();
            robot.interact(() -> robot.lookup("#evidence-notes").queryListView().getSelectionModel().select(0));
            settle();
            shot(theme, "case-evidence-text");
            robot.clickOn("report-from-hr.eml");
            settle();
            shot(theme, "case-evidence-email");
            robot.clickOn("#case-tab-notifications");
            settle();
            shot(theme, "case-notifications-authority");
            robot.clickOn("#notifications-part-letters");
            settle();
            // on a small screen the button is scrolled out of view: pressed as the keyboard would
            robot.interact(() -> ((javafx.scene.control.Button) robot.lookup("#letters-preview-button").query()).fire());
            settle();
            shot(theme, "case-notifications-letters");
            robot.clickOn("#notifications-part-recipients");
            settle();
            shot(theme, "case-notifications");
            // the decision versions, at the bottom of a notified case's Assessment tab
            open(robot, "TC-2026-0003", "case-tab-assessment");
            robot.interact(() -> robot.lookup(".scroll-pane").queryAll()
                    .forEach(pane -> ((javafx.scene.control.ScrollPane) pane).setVvalue(1)));
            shot(theme, "case-decisions");
            open(robot, "TC-2026-0010", null);
            dialog(robot, theme, "move-confirmation", "#move-triage");
            open(robot, "TC-2026-0004", "case-tab-deadlines");
            dialog(robot, theme, "mark-met", "#deadline-meet-GDPR-SA");

            robot.clickOn("#nav-search");
            robot.clickOn("#global-search").eraseText(6).write("recall");
            settle();
            shot(theme, "search");
            robot.clickOn("#nav-deadlines");
            shot(theme, "deadlines");
            robot.clickOn("#nav-audit");
            shot(theme, "audit-log");
            robot.clickOn("#nav-settings");
            shot(theme, "settings");
            reveal(robot, "#organisation-flags");
            shot(theme, "settings-organisation");
            signInShot(theme, "sign-in", false);
            signInShot(theme, "sign-in-first-dpo", true);
            welcomeShot(theme);
        }
        // last, as the banner stays: the audit trail rewritten behind the window's back
        tamperWithTheTrail();
        robot.clickOn("#nav-dashboard");
        robot.clickOn("#status-trail");
        shot("dark", "trail-broken");
        robot.clickOn("#nav-settings");
        reveal(robot, "#settings-theme-light");
        robot.clickOn("#settings-theme-light");
        robot.clickOn("#nav-dashboard");
        shot("light", "trail-broken");
        robot.interact(window::lock);
        shot("light", "locked");
    }

    /** The sign-in screen on the window's stage (for the first DPO when {@code first}), then the window again. */
    private void signInShot(String theme, String name, boolean first) {
        org.trustcase.app.ui.support.Tasks tasks = new org.trustcase.app.ui.support.Tasks(failure -> { });
        screenShot(theme, name, () -> org.trustcase.app.ui.signin.SignInScreen.create(context, first,
                org.trustcase.app.ui.support.Messages.forLocale(Locale.ENGLISH, ZONE), tasks, actor -> { }).root());
        tasks.close();
    }

    /** The first run's welcome screen, with a recent workspace that could not be opened, then the window again. */
    private void welcomeShot(String theme) {
        org.trustcase.app.ui.support.Messages messages =
                org.trustcase.app.ui.support.Messages.forLocale(Locale.ENGLISH, ZONE);
        screenShot(theme, "welcome", () -> org.trustcase.app.ui.welcome.WelcomeScreen.create(
                List.of(java.nio.file.Path.of("/srv/dpo/breaches"), java.nio.file.Path.of("/media/usb/2025")),
                messages.format("welcome.failed", "/media/usb/2025", "no Trustcase workspace in /media/usb/2025"),
                messages, request -> { }).root());
    }

    /** A screen shown instead of the window on its stage, pictured, then the window again. */
    private void screenShot(String theme, String name, java.util.function.Supplier<javafx.scene.Parent> screen) {
        javafx.scene.Scene main = stage.getScene();
        onFx(() -> {
            javafx.scene.Scene scene = new javafx.scene.Scene(screen.get(), stage.getWidth(), stage.getHeight());
            org.trustcase.app.ui.theme.ThemeSettings.style(scene);
            stage.setScene(scene);
            return null;
        });
        shot(theme, name);
        onFx(() -> {
            stage.setScene(main);
            return null;
        });
    }

    private void tamperWithTheTrail() {
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection("jdbc:sqlite:"
                + context.workspaceDirectory().resolve("trustcase.db"));
                java.sql.Statement sql = connection.createStatement()) {
            sql.execute("DROP TRIGGER audit_event_no_update");
            sql.execute("UPDATE audit_event SET actor = 'someone.else' WHERE seq = 12");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void open(FxRobot robot, String reference, String tab) {
        robot.interact(() -> {
            if (tab == null) {
                window.navigation().openCase(CaseReference.parse(reference));
            } else {
                window.navigation().openCase(CaseReference.parse(reference), tab);
            }
        });
        settle();
    }

    /** Opens the dialog a button opens (later: dialogs wait for their answer), pictures it, and cancels it. */
    private void dialog(FxRobot robot, String theme, String name, String button) {
        Button opener = robot.lookup(button).queryAs(Button.class);
        Platform.runLater(opener::fire);
        settle();
        shot(theme, name);
        robot.interact(() -> new ArrayList<>(Window.getWindows()).stream()
                .filter(w -> w != stage && w instanceof Stage && w.isShowing()).forEach(w -> ((Stage) w).close()));
        settle();
    }

    private List<Window> popups() {
        return onFx(() -> Window.getWindows().stream()
                .filter(w -> w != stage && !(w instanceof Stage) && w.isShowing()).toList());
    }

    /** The screen as the user sees it: every shown window drawn where it stands, the main window first. */
    private void shot(String theme, String name) {
        settle();
        Rectangle2D bounds = Screen.getPrimary().getBounds();
        BufferedImage screen = new BufferedImage((int) bounds.getWidth(), (int) bounds.getHeight(),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = screen.createGraphics();
        graphics.setColor(Color.DARK_GRAY);
        graphics.fillRect(0, 0, screen.getWidth(), screen.getHeight());
        List<Window> windows = onFx(() -> new ArrayList<>(Window.getWindows()));
        windows.sort((a, b) -> a == stage ? -1 : b == stage ? 1 : 0);
        for (Window window : windows) {
            if (window.isShowing() && window.getScene() != null) {
                graphics.drawImage(snapshot(window), (int) window.getX(), (int) window.getY(), null);
            }
        }
        graphics.dispose();
        save(theme, name, screen);
    }

    /** A window as drawn; a popup (an alert) on a transparent ground, as a desktop with transparency shows it. */
    private static BufferedImage snapshot(Window window) {
        WritableImage image = onFx(() -> {
            if (window instanceof Stage) {
                return window.getScene().snapshot(null);
            }
            SnapshotParameters transparent = new SnapshotParameters();
            transparent.setFill(javafx.scene.paint.Color.TRANSPARENT);
            return window.getScene().getRoot().snapshot(transparent, null);
        });
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        picture.setRGB(0, 0, width, height, pixels, 0, width);
        return picture;
    }

    private static <T> T onFx(Callable<T> call) {
        try {
            return WaitForAsyncUtils.asyncFx(call).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void save(String theme, String name, BufferedImage picture) {
        Rectangle2D bounds = Screen.getPrimary().getBounds();
        String size = (int) bounds.getWidth() + "x" + (int) bounds.getHeight();
        Path file = Path.of(System.getProperty("screens.dir", "target/screens"),
                String.format(Locale.ROOT, "%s-%s-%02d-%s.png", size, theme, ++taken, name));
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(picture, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
