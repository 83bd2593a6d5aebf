package org.trustcase.model.cases;

import org.trustcase.model.common.Coded;

/** The role of another organisation involved in a breach. */
public enum PartyRole implements Coded {
    PROCESSOR,
    SUB_PROCESSOR,
    JOINT_CONTROLLER,
    POSTAL_OPERATOR,
    CLOUD_PROVIDER,
    RECIPIENT,
    OTHER;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
