package org.trustcase.app.ui;

import java.util.concurrent.Callable;
import org.trustcase.app.AppContext;

public final class UiLauncher {
    private UiLauncher() {
    }

    public static void launch(Callable<AppContext> opener) {
        throw new IllegalStateException("window not available in this build");
    }
}
