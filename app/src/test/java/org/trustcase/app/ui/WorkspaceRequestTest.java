package org.trustcase.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.trustcase.app.DesktopStart;
import org.trustcase.app.ui.theme.UiPreferences;

class WorkspaceRequestTest {
    private static final Path DEFAULT = Path.of("/home/anna/.local/share/trustcase");
    private static final Path OFFICE = Path.of("/srv/dpo/office");
    private static final Path GONE = Path.of("/media/usb/old");

    private final RecentWorkspaces recent = new RecentWorkspaces(UiPreferences.inMemory());

    private Optional<WorkspaceRequest> first(DesktopStart start, Path... workspaces) {
        Predicate<Path> isWorkspace = Set.of(workspaces)::contains;
        return WorkspaceRequest.first(start, recent, DEFAULT, isWorkspace);
    }

    @Test
    void aFirstRunWithNoWorkspaceAnywhereShowsTheWelcomeScreen() {
        assertThat(first(DesktopStart.asUsual())).isEmpty();
    }

    @Test
    void theWorkspaceSignedInToLastComesFirstThenTheDefaultOne() {
        assertThat(first(DesktopStart.asUsual(), DEFAULT)).contains(WorkspaceRequest.existing(DEFAULT));

        recent.remember(OFFICE);
        assertThat(first(DesktopStart.asUsual(), DEFAULT, OFFICE)).contains(WorkspaceRequest.existing(OFFICE));

        recent.remember(GONE);
        assertThat(first(DesktopStart.asUsual(), DEFAULT, OFFICE))
                .as("the last one has gone: the default workspace, not an older recent one")
                .contains(WorkspaceRequest.existing(DEFAULT));
        assertThat(first(DesktopStart.asUsual(), OFFICE)).isEmpty();
    }

    @Test
    void theCommandLinesChoiceWinsAFolderOpensItsWorkspaceOrGetsTheDemo() {
        recent.remember(OFFICE);
        assertThat(first(new DesktopStart(Optional.of(GONE), false), OFFICE))
                .contains(new WorkspaceRequest(WorkspaceRequest.Kind.DEMO, GONE));
        assertThat(first(new DesktopStart(Optional.empty(), true), OFFICE)).contains(WorkspaceRequest.demo());
    }

    @Test
    void onlyTheDemoMayLeaveItsFolderToThePerUserPlace() {
        assertThat(WorkspaceRequest.demo().folder()).isNull();
        assertThatThrownBy(() -> new WorkspaceRequest(WorkspaceRequest.Kind.NEW, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(WorkspaceRequest.existing(Path.of("/srv/dpo/./office/../office")).folder()).isEqualTo(OFFICE);
    }
}
