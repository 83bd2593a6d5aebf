package org.trustcase.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DefaultLocationTest {
    private static final Path HOME = Path.of("/home/anna");

    @Test
    void linuxUsesXdgDataHomeWhenSet() {
        assertThat(Workspace.defaultLocation(Map.of("XDG_DATA_HOME", "/data/anna"), "Linux", HOME))
                .isEqualTo(Path.of("/data/anna/trustcase"));
    }

    @Test
    void linuxFallsBackToLocalShareWithoutXdgDataHome() {
        assertThat(Workspace.defaultLocation(Map.of(), "Linux", HOME))
                .isEqualTo(Path.of("/home/anna/.local/share/trustcase"));
        assertThat(Workspace.defaultLocation(Map.of("XDG_DATA_HOME", ""), "Linux", HOME))
                .isEqualTo(Path.of("/home/anna/.local/share/trustcase"));
        // the XDG specification says relative paths there are to be ignored
        assertThat(Workspace.defaultLocation(Map.of("XDG_DATA_HOME", "relative/dir"), "Linux", HOME))
                .isEqualTo(Path.of("/home/anna/.local/share/trustcase"));
    }

    @Test
    void windowsUsesAppData() {
        String appData = "C:\\Users\\anna\\AppData\\Roaming";
        assertThat(Workspace.defaultLocation(Map.of("APPDATA", appData), "Windows 11", HOME))
                .isEqualTo(Path.of(appData).resolve("Trustcase"));
        assertThat(Workspace.defaultLocation(Map.of(), "Windows 10", HOME))
                .isEqualTo(HOME.resolve("AppData").resolve("Roaming").resolve("Trustcase"));
    }

    @Test
    void macOsUsesApplicationSupport() {
        assertThat(Workspace.defaultLocation(Map.of("XDG_DATA_HOME", "/ignored"), "Mac OS X", Path.of("/Users/anna")))
                .isEqualTo(Path.of("/Users/anna/Library/Application Support/Trustcase"));
    }

    @Test
    void theNoArgumentFormUsesThisMachine() {
        assertThat(Workspace.defaultLocation()).isAbsolute().satisfiesAnyOf(
                p -> assertThat(p.getFileName()).hasToString("trustcase"),
                p -> assertThat(p.getFileName()).hasToString("Trustcase"));
    }
}
