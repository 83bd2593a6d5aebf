package org.trustcase.model.deadlines;

import org.trustcase.model.common.Coded;

/**
 * How far a rule's terms were checked: against the law's own text (an official journal, statute site or regulator), a
 * reliable secondary source (a law firm's chart, a regulator-endorsed summary), or not yet beyond one weak source.
 * Shown with the rule wherever its clock is, so that nobody mistakes an unverified rule for a checked one.
 */
public enum Verification implements Coded {
    OFFICIAL_TEXT,
    SECONDARY,
    UNVERIFIED;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
