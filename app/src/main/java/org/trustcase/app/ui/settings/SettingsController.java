package org.trustcase.app.ui.settings;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import org.trustcase.app.WorkspaceInfo;
import org.trustcase.app.ui.theme.Theme;
import org.trustcase.app.ui.theme.ThemeSettings;

/** Settings: the theme, and where the workspace is and who is acting. */
public final class SettingsController {
    private final ThemeSettings themeSettings;
    private final WorkspaceInfo workspaceInfo;

    @FXML private ToggleButton light;
    @FXML private ToggleButton dark;
    @FXML private Label workspace;
    @FXML private Label actor;

    public SettingsController(ThemeSettings themeSettings, WorkspaceInfo workspaceInfo) {
        this.themeSettings = themeSettings;
        this.workspaceInfo = workspaceInfo;
    }

    @FXML
    private void initialize() {
        ToggleGroup themes = new ToggleGroup();
        light.setToggleGroup(themes);
        dark.setToggleGroup(themes);
        light.setUserData(Theme.LIGHT);
        dark.setUserData(Theme.DARK);
        (themeSettings.theme() == Theme.DARK ? dark : light).setSelected(true);
        themes.selectedToggleProperty().addListener((observable, before, after) -> {
            if (after == null) {
                before.setSelected(true);
            } else {
                themeSettings.themeProperty().set((Theme) after.getUserData());
            }
        });
        workspace.setText(workspaceInfo.directory().toAbsolutePath().toString());
        actor.setText(workspaceInfo.actor().name());
    }
}
