package org.trustcase.model.common;

import java.util.List;

/** The languages letters and notifications are written in (codes of the recipient register); the first is the default. */
public final class LetterLanguages {
    public static final List<String> ALL = List.of("en", "pl");

    private LetterLanguages() {
    }
}
