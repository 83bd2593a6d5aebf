package org.trustcase.app.bootstrap;

import org.trustcase.app.AppContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustcase.app.ui.WorkspaceRequest;
import org.trustcase.persistence.WorkspaceException;

class DesktopOpenerTest {
    @TempDir
    Path temp;

    @Test
    void aNewWorkspaceGoesIntoANewOrEmptyFolderWithNoAccountYet() throws Exception {
        DesktopOpener opener = new DesktopOpener(Clock.systemUTC(), temp.resolve("data/trustcase"));
        try (AppContext created = opener.open(WorkspaceRequest.create(temp.resolve("office/breaches")))) {
            assertThat(created.users().noAccounts()).isTrue();
            assertThat(created.isDemo()).isFalse();
        }
        assertThat(opener.isWorkspace(temp.resolve("office/breaches"))).isTrue();

        Path empty = Files.createDirectories(temp.resolve("empty"));
        try (AppContext created = opener.open(WorkspaceRequest.create(empty))) {
            assertThat(created.workspaceDirectory()).isEqualTo(empty);
        }
    }

    @Test
    void aFolderInUseIsRefusedForANewWorkspace() throws Exception {
        DesktopOpener opener = new DesktopOpener(Clock.systemUTC(), temp.resolve("data/trustcase"));
        opener.open(WorkspaceRequest.create(temp.resolve("ws"))).close();
        Files.writeString(Files.createDirectories(temp.resolve("documents")).resolve("cv.pdf"), "%PDF");

        assertThatThrownBy(() -> opener.open(WorkspaceRequest.create(temp.resolve("ws"))))
                .isInstanceOf(WorkspaceException.class).hasMessageContaining("already holds a workspace: open it instead");
        assertThatThrownBy(() -> opener.open(WorkspaceRequest.create(temp.resolve("documents"))))
                .isInstanceOf(WorkspaceException.class).hasMessageContaining("is not empty");
        assertThat(Files.list(temp.resolve("documents"))).hasSize(1);
    }

    @Test
    void theDemoIsMadeOnceBesideTheDefaultWorkspaceAndAnExistingOneMustBeThere() throws Exception {
        DesktopOpener opener = new DesktopOpener(Clock.systemUTC(), temp.resolve("data/trustcase"));
        try (AppContext demo = opener.open(WorkspaceRequest.demo())) {
            assertThat(demo.isDemo()).isTrue();
            assertThat(demo.workspaceDirectory()).isEqualTo(temp.resolve("data/trustcase-demo"));
        }
        try (AppContext again = opener.open(WorkspaceRequest.existing(temp.resolve("data/trustcase-demo")))) {
            assertThat(again.isDemo()).isTrue();
        }
        assertThatThrownBy(() -> opener.open(WorkspaceRequest.existing(temp.resolve("nowhere"))))
                .isInstanceOf(WorkspaceException.class);
        assertThat(temp.resolve("nowhere")).doesNotExist();
    }
}
