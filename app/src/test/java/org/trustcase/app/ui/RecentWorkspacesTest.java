package org.trustcase.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.trustcase.app.ui.theme.UiPreferences;

class RecentWorkspacesTest {
    private final UiPreferences preferences = UiPreferences.inMemory();
    private final RecentWorkspaces recent = new RecentWorkspaces(preferences);

    @Test
    void theLastSignedInToComesFirstAndEachFolderOnce() {
        recent.remember(Path.of("/srv/a"));
        recent.remember(Path.of("/srv/b"));
        recent.remember(Path.of("/srv/./a"));

        assertThat(recent.list()).containsExactly(Path.of("/srv/a"), Path.of("/srv/b"));
        assertThat(new RecentWorkspaces(preferences).list()).as("kept in the preferences")
                .containsExactly(Path.of("/srv/a"), Path.of("/srv/b"));
    }

    @Test
    void aMenusWorthIsKeptAndAForgottenOneGoes() {
        IntStream.rangeClosed(1, 12).forEach(i -> recent.remember(Path.of("/srv/w" + i)));
        assertThat(recent.list()).hasSize(RecentWorkspaces.KEPT).startsWith(Path.of("/srv/w12"))
                .doesNotContain(Path.of("/srv/w4"));

        recent.forget(Path.of("/srv/w12"));
        assertThat(recent.list()).startsWith(Path.of("/srv/w11")).doesNotContain(Path.of("/srv/w12"));
    }

    @Test
    void aValueEditedByHandLosesOnlyItsBlankLines() {
        preferences.put(RecentWorkspaces.KEY, "/srv/a\n\n  \n/srv/b");
        assertThat(recent.list()).containsExactly(Path.of("/srv/a"), Path.of("/srv/b"));
    }
}
