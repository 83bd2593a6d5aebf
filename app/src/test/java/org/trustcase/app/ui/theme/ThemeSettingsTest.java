package org.trustcase.app.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThemeSettingsTest {
    private final UiPreferences preferences = UiPreferences.inMemory();

    @Test
    void theChosenThemeIsReadByItsCode() {
        preferences.put(ThemeSettings.KEY, Theme.DARK.code());
        assertThat(new ThemeSettings(preferences).theme()).isEqualTo(Theme.DARK);
    }

    @Test
    void aThemeKeptByItsNameBeforeIsStillRead() {
        preferences.put(ThemeSettings.KEY, "DARK");
        assertThat(new ThemeSettings(preferences).theme()).isEqualTo(Theme.DARK);
    }

    @Test
    void anUnknownOrMissingThemeIsTheLightOne() {
        assertThat(new ThemeSettings(preferences).theme()).isEqualTo(Theme.LIGHT);
        preferences.put(ThemeSettings.KEY, "sepia");
        assertThat(new ThemeSettings(preferences).theme()).isEqualTo(Theme.LIGHT);
    }

    @Test
    void theCodesAreTheOnesPreferencesHold() {
        assertThat(Theme.LIGHT.code()).isEqualTo("light");
        assertThat(Theme.DARK.code()).isEqualTo("dark");
    }
}
