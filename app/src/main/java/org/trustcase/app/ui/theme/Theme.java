package org.trustcase.app.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.function.Supplier;
import org.trustcase.model.common.Coded;

/** The colour themes the user can choose: AtlantaFX Primer, light or dark. */
public enum Theme implements Coded {
    LIGHT(() -> new PrimerLight().getUserAgentStylesheet()),
    DARK(() -> new PrimerDark().getUserAgentStylesheet());

    private final Supplier<String> userAgentStylesheet;

    Theme(Supplier<String> userAgentStylesheet) {
        this.userAgentStylesheet = userAgentStylesheet;
    }

    /** How the choice is kept in the preferences. */
    @Override
    public String code() {
        return Coded.codeOf(this);
    }

    public String userAgentStylesheet() {
        return userAgentStylesheet.get();
    }
}
