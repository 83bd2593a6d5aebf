package org.trustcase.app.ui.theme;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.prefs.Preferences;

/** Small per-user UI choices (the theme), kept between runs. */
public interface UiPreferences {

    String get(String key, String fallback);

    void put(String key, String value);

    /** Kept with {@link java.util.prefs.Preferences} under the user's node for this application. */
    static UiPreferences user() {
        Preferences node = Preferences.userRoot().node("org/trustcase/app/ui");
        return new UiPreferences() {
            @Override
            public String get(String key, String fallback) {
                return node.get(key, fallback);
            }

            @Override
            public void put(String key, String value) {
                node.put(key, value);
            }
        };
    }

    /** Kept for this run only (tests, previews). */
    static UiPreferences inMemory() {
        Map<String, String> values = new ConcurrentHashMap<>();
        return new UiPreferences() {
            @Override
            public String get(String key, String fallback) {
                return values.getOrDefault(key, fallback);
            }

            @Override
            public void put(String key, String value) {
                values.put(key, value);
            }
        };
    }
}
