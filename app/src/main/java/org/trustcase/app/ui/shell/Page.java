package org.trustcase.app.ui.shell;

/** What the content area of the main window shows: one of the sections, or one case. */
public sealed interface Page permits Section, OpenCase {

    /** The section whose navigation entry is highlighted while this page shows. */
    Section section();
}
