package org.trustcase.app.ui.form;

import org.trustcase.model.common.Coded;

/** A yes/no fact that may not be established yet, as a form offers it; {@code null} in the model means "not established". */
public enum Fact implements Coded {
    YES, NO, NOT_ESTABLISHED;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }

    public static Fact of(Boolean value) {
        return value == null ? NOT_ESTABLISHED : value ? YES : NO;
    }

    public Boolean toBoolean() {
        return this == NOT_ESTABLISHED ? null : this == YES;
    }
}
