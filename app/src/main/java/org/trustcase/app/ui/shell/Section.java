package org.trustcase.app.ui.shell;

/** The entries of the left navigation. */
public enum Section implements Page {
    DASHBOARD,
    CASES,
    SEARCH,
    DEADLINES,
    REGISTER,
    AUDIT,
    SETTINGS;

    @Override
    public Section section() {
        return this;
    }
}
