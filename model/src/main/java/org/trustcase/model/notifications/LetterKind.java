package org.trustcase.model.notifications;

import org.trustcase.model.common.Coded;

/**
 * What a letter template is for: a letter to each data subject (GDPR Art. 34(1)), or a public communication made
 * instead when telling each one would take disproportionate effort (Art. 34(3)(c)), one text for everyone.
 */
public enum LetterKind implements Coded {
    DATA_SUBJECT,
    PUBLIC;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
