package org.trustcase.app.testing;

import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.trustcase.app.AppContext;
import org.trustcase.app.ui.MainWindow;
import org.trustcase.app.ui.shell.Section;
import org.trustcase.app.ui.theme.Theme;
import org.trustcase.app.ui.theme.UiPreferences;
import org.trustcase.model.cases.CaseReference;

/**
 * Opens the main window on an in-memory demo workspace, to look at the screens. Arguments:
 * {@code dark}, {@code cases}, {@code settings}, {@code deadlines}, {@code intake},
 * {@code case=TC-2026-0003}, {@code tab=case-tab-audit}.
 */
public final class PreviewWindow {
    private PreviewWindow() {
    }

    public static void main(String[] args) {
        List<String> options = List.of(args);
        MutableClock clock = new MutableClock(DemoCases.NOW);
        AppContext context = TestContexts.workspace(clock, TestContexts.ACTOR, true);
        DemoCases.seed(context, clock);
        UiPreferences preferences = UiPreferences.inMemory();
        preferences.put("theme", options.contains("dark") ? Theme.DARK.code() : Theme.LIGHT.code());
        Platform.startup(() -> {
            MainWindow window = MainWindow.create(context, preferences);
            Stage stage = new Stage();
            stage.setTitle(window.title());
            stage.setScene(window.scene());
            stage.setWidth(1400);
            stage.setHeight(860);
            stage.setX(20);
            stage.setY(10);
            stage.setOnHidden(event -> Platform.exit());
            stage.show();
            for (String option : options) {
                if (option.equals("cases")) {
                    window.navigation().show(Section.CASES);
                } else if (option.equals("settings")) {
                    window.navigation().show(Section.SETTINGS);
                } else if (option.equals("deadlines")) {
                    window.navigation().show(Section.DEADLINES);
                } else if (option.startsWith("case=")) {
                    window.navigation().openCase(CaseReference.parse(option.substring(5)));
                } else if (option.startsWith("tab=")) {
                    String id = option.substring(4);
                    Platform.runLater(() -> {
                        TabPane tabs = (TabPane) window.root().lookup(".case-tabs");
                        tabs.getTabs().stream().filter(tab -> id.equals(tab.getId())).findFirst()
                                .ifPresent(tab -> tabs.getSelectionModel().select(tab));
                    });
                } else if (option.equals("intake")) {
                    window.navigation().show(Section.CASES);
                    Platform.runLater(() -> ((Button) window.root().lookup("#new-case")).fire());
                }
            }
        });
    }
}
