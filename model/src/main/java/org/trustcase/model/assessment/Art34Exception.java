package org.trustcase.model.assessment;

import org.trustcase.model.common.Coded;

/** The grounds of Art. 34(3) GDPR on which data subjects need not be told individually. */
public enum Art34Exception implements Coded {
    /** (a) The data was unintelligible to anyone not authorised, e.g. by encryption. */
    UNINTELLIGIBLE("34-3-a"),
    /** (b) Measures taken since ensure the high risk is no longer likely to materialise. */
    HIGH_RISK_REMOVED("34-3-b"),
    /** (c) It would involve disproportionate effort: a public communication or equally effective measure instead. */
    DISPROPORTIONATE_EFFORT("34-3-c");

    private final String code;

    Art34Exception(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Only (c) replaces the individual communication with a public one. */
    public boolean requiresPublicCommunication() {
        return this == DISPROPORTIONATE_EFFORT;
    }

    public static Art34Exception parse(String text, String field) {
        return Coded.parse(Art34Exception.class, text, field);
    }

}
