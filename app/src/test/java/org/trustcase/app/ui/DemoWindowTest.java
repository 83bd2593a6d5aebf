package org.trustcase.app.ui;

import javafx.stage.Stage;
import org.trustcase.app.AppContext;
import org.trustcase.app.testing.DemoCases;
import org.trustcase.app.testing.TestContexts;

/** A window test on the fictional demo workspace (its cases, assessments, decisions and clocks). */
abstract class DemoWindowTest extends WindowTest {

    @Override
    protected AppContext newContext() {
        return TestContexts.workspace(clock, TestContexts.ACTOR, true);
    }

    /** Seeds the demo cases and shows the window; call from the test's {@code @Start}. */
    protected void showDemo(Stage stage) {
        DemoCases.seed(context, clock);
        show(stage);
    }
}
