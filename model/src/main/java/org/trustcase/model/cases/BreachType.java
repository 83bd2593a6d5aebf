package org.trustcase.model.cases;

import org.trustcase.model.common.Coded;

/** The three kinds of personal-data breach of EDPB Guidelines 9/2022; a breach may combine them. */
public enum BreachType implements Coded {
    /** Unauthorised or accidental disclosure of, or access to, personal data. */
    CONFIDENTIALITY,
    /** Unauthorised or accidental alteration of personal data. */
    INTEGRITY,
    /** Accidental or unauthorised loss of access to, or destruction of, personal data. */
    AVAILABILITY;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
