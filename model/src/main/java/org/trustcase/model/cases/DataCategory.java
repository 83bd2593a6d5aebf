package org.trustcase.model.cases;

import org.trustcase.model.common.Coded;

/**
 * Categories of personal data affected, after the categories supervisory authorities ask for
 * (ICO, UODO). Art. 9 GDPR special categories and Art. 10 criminal data are flagged, because
 * they weigh on the risk assessment and on who must be told.
 */
public enum DataCategory implements Coded {
    BASIC_IDENTIFIERS(Sensitivity.ORDINARY),
    CONTACT_DETAILS(Sensitivity.ORDINARY),
    IDENTIFICATION_DATA(Sensitivity.ORDINARY),
    CREDENTIALS(Sensitivity.ORDINARY),
    NATIONAL_ID_NUMBERS(Sensitivity.ORDINARY),
    OFFICIAL_DOCUMENTS(Sensitivity.ORDINARY),
    ECONOMIC_FINANCIAL(Sensitivity.ORDINARY),
    PAYMENT_CARD(Sensitivity.ORDINARY),
    LOCATION(Sensitivity.ORDINARY),
    COMMUNICATIONS_CONTENT(Sensitivity.ORDINARY),
    BEHAVIOURAL(Sensitivity.ORDINARY),
    RACIAL_ETHNIC_ORIGIN(Sensitivity.SPECIAL),
    POLITICAL_OPINIONS(Sensitivity.SPECIAL),
    RELIGIOUS_BELIEFS(Sensitivity.SPECIAL),
    TRADE_UNION_MEMBERSHIP(Sensitivity.SPECIAL),
    GENETIC(Sensitivity.SPECIAL),
    BIOMETRIC(Sensitivity.SPECIAL),
    HEALTH(Sensitivity.SPECIAL),
    SEX_LIFE_ORIENTATION(Sensitivity.SPECIAL),
    CRIMINAL_CONVICTIONS(Sensitivity.CRIMINAL),
    NOT_YET_KNOWN(Sensitivity.ORDINARY),
    OTHER(Sensitivity.ORDINARY);

    /** Where the GDPR puts a category. */
    public enum Sensitivity {
        ORDINARY,
        /** Art. 9(1) GDPR special categories. */
        SPECIAL,
        /** Art. 10 GDPR criminal convictions and offences. */
        CRIMINAL
    }

    private final Sensitivity sensitivity;

    DataCategory(Sensitivity sensitivity) {
        this.sensitivity = sensitivity;
    }

    public Sensitivity sensitivity() {
        return sensitivity;
    }

    /** True for Art. 9 and Art. 10 categories. */
    public boolean isSpecial() {
        return sensitivity != Sensitivity.ORDINARY;
    }

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
