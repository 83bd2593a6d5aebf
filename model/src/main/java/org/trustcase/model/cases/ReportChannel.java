package org.trustcase.model.cases;

import org.trustcase.model.common.Coded;

/** How the suspected breach reached the DPO. */
public enum ReportChannel implements Coded {
    EMAIL,
    PHONE,
    WEB_FORM,
    IN_PERSON,
    LETTER,
    TICKET,
    SECURITY_MONITORING,
    PROCESSOR,
    DATA_SUBJECT,
    AUTHORITY,
    MEDIA,
    OTHER;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
