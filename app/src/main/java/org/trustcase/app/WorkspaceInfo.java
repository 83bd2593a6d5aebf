package org.trustcase.app;

import java.nio.file.Path;
import java.util.Objects;
import org.trustcase.model.common.Actor;

/**
 * What the window says about the open workspace: where it is, who is acting, and whether it holds fictional demo
 * cases.
 */
public record WorkspaceInfo(Path directory, Actor actor, boolean demo) {
    public WorkspaceInfo {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(actor, "actor");
    }

    public static WorkspaceInfo of(AppContext context) {
        return new WorkspaceInfo(context.workspaceDirectory(), context.actor(), context.isDemo());
    }
}
