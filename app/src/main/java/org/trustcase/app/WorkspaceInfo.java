package org.trustcase.app;

import java.nio.file.Path;
import java.util.Objects;
import org.trustcase.model.common.Actor;

/**
 * What the window says about the open workspace: where it is, who is acting, and whether it holds the
 * organisation's cases, the fictional demo cases or generated ones.
 */
public record WorkspaceInfo(Path directory, Actor actor, WorkspaceKind kind) {
    public WorkspaceInfo {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(kind, "kind");
    }

    /** True for a workspace of fictional demo cases. */
    public boolean demo() {
        return kind == WorkspaceKind.DEMO;
    }

    public static WorkspaceInfo of(AppContext context) {
        return new WorkspaceInfo(context.workspaceDirectory(), context.actor(), context.kind());
    }
}
