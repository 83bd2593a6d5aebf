package org.trustcase.app.ui.shell;

/** What the content area of the main window shows: one of the sections, one case, or the cases behind a figure. */
public sealed interface Page permits Section, OpenCase, FocusedCases, RegisterPeriod {

    /** The section whose navigation entry is highlighted while this page shows. */
    Section section();
}
