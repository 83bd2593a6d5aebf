package org.trustcase.app;

/** What a workspace holds: the organisation's cases, the fictional demo cases, or generated cases for measuring. */
public enum WorkspaceKind {
    REAL,
    DEMO,
    GENERATED
}
