package org.trustcase.persistence;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** The per-user data and cache folders each operating system expects applications to keep their data in. */
final class DefaultLocation {
    private DefaultLocation() {
    }

    static Path resolve(Map<String, String> env, String osName, Path userHome) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = isSet(appData) ? Path.of(appData) : userHome.resolve("AppData").resolve("Roaming");
            return base.resolve("Trustcase");
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return userHome.resolve("Library").resolve("Application Support").resolve("Trustcase");
        }
        String dataHome = env.get("XDG_DATA_HOME");
        // the XDG specification says a relative path there is invalid and must be ignored
        Path base = isSet(dataHome) && Path.of(dataHome).isAbsolute()
                ? Path.of(dataHome)
                : userHome.resolve(".local").resolve("share");
        return base.resolve("trustcase");
    }

    /**
     * The per-user cache folder: Linux {@code $XDG_CACHE_HOME/trustcase} (else {@code ~/.cache/trustcase}),
     * Windows {@code %LOCALAPPDATA%\\Trustcase\\Cache}, macOS {@code ~/Library/Caches/Trustcase}.
     */
    static Path cache(Map<String, String> env, String osName, Path userHome) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String localAppData = env.get("LOCALAPPDATA");
            Path base = isSet(localAppData) ? Path.of(localAppData) : userHome.resolve("AppData").resolve("Local");
            return base.resolve("Trustcase").resolve("Cache");
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return userHome.resolve("Library").resolve("Caches").resolve("Trustcase");
        }
        String cacheHome = env.get("XDG_CACHE_HOME");
        Path base = isSet(cacheHome) && Path.of(cacheHome).isAbsolute() ? Path.of(cacheHome) : userHome.resolve(".cache");
        return base.resolve("trustcase");
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
