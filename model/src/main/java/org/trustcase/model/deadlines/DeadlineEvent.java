package org.trustcase.model.deadlines;

import org.trustcase.model.common.Coded;

/**
 * A dated event in a case that starts a deadline clock. The codes are those of the rule file, the
 * command line ({@code --event aware=…}) and storage.
 */
public enum DeadlineEvent implements Coded {
    /** The controller became aware: a reasonable degree of certainty that a personal-data breach occurred (EDPB 9/2022). */
    AWARE,
    /** The incident was first detected or discovered (HIPAA "discovery", APPI, WA, NY). */
    DETECTED,
    /** The determination that a breach occurred (Colorado, Florida, Texas) or of a real risk of significant harm (PIPEDA). */
    DETERMINATION,
    /** A financial entity classified the ICT incident as major (DORA). */
    CLASSIFIED_MAJOR,
    /** The registrant determined the cybersecurity incident to be material (SEC Form 8-K Item 1.05). */
    MATERIALITY_DETERMINED,
    /** The breach was assessed as notifiable (Singapore PDPA s 26D, Australia NDB s 26WK). */
    ASSESSED_NOTIFIABLE,
    /** The initial notification was submitted to the authority (NIS2 incident notification, DORA initial notification). */
    INITIAL_NOTIFICATION,
    /** The (last) intermediate report was submitted (DORA). */
    INTERMEDIATE_REPORT,
    /** The affected individuals were notified (a regulator's notice due some days after theirs: California's AG). */
    SUBJECTS_NOTIFIED,
    /** A ransom or extortion payment was made (NYDFS 23 NYCRR 500.17(c)). */
    RANSOM_PAYMENT;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
