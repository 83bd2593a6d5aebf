package org.trustcase.app.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.function.Supplier;

/** The colour themes the user can choose: AtlantaFX Primer, light or dark. */
public enum Theme {
    LIGHT(() -> new PrimerLight().getUserAgentStylesheet()),
    DARK(() -> new PrimerDark().getUserAgentStylesheet());

    private final Supplier<String> userAgentStylesheet;

    Theme(Supplier<String> userAgentStylesheet) {
        this.userAgentStylesheet = userAgentStylesheet;
    }

    public String userAgentStylesheet() {
        return userAgentStylesheet.get();
    }
}
