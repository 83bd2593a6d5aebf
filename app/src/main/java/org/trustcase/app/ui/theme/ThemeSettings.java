package org.trustcase.app.ui.theme;

import java.net.URL;
import java.util.Locale;
import java.util.Objects;
import javafx.application.Application;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import org.trustcase.model.common.Coded;

/**
 * The chosen theme: applied to the whole application when it changes and remembered in the
 * user's preferences. Every scene also gets the application stylesheet, which maps the colour
 * names ControlsFX expects onto the theme's colours.
 */
public final class ThemeSettings {
    static final String KEY = "theme";
    private static final URL APP_STYLESHEET = ThemeSettings.class.getResource("app.css");

    private final UiPreferences preferences;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme");

    public ThemeSettings(UiPreferences preferences) {
        this.preferences = Objects.requireNonNull(preferences, "preferences");
        theme.set(read(preferences.get(KEY, Theme.LIGHT.code())));
        theme.addListener((observable, before, after) -> {
            Theme chosen = after == null ? Theme.LIGHT : after;
            preferences.put(KEY, chosen.code());
            apply();
        });
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public Theme theme() {
        return theme.get();
    }

    /** Sets the theme's stylesheet as the application's user-agent stylesheet. */
    public void apply() {
        Theme chosen = theme.get() == null ? Theme.LIGHT : theme.get();
        Application.setUserAgentStylesheet(chosen.userAgentStylesheet());
    }

    /** Adds the application stylesheet to a scene (the main window and every dialog). */
    public static void style(Scene scene) {
        String stylesheet = stylesheet();
        if (!scene.getStylesheets().contains(stylesheet)) {
            scene.getStylesheets().add(stylesheet);
        }
    }

    /** The application stylesheet's URL, for dialogs that style their pane rather than a scene. */
    public static String stylesheet() {
        return Objects.requireNonNull(APP_STYLESHEET, "app.css").toExternalForm();
    }

    private static Theme read(String stored) {
        // earlier versions kept the name (DARK); its lower case is the code
        return Coded.find(Theme.class, stored == null ? null : stored.toLowerCase(Locale.ROOT)).orElse(Theme.LIGHT);
    }
}
