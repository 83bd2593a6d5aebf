package org.trustcase.persistence.cases;

import org.trustcase.model.common.Coded;

/** The value of {@code case_classification.kind}: which multi-valued field of a case a row belongs to. */
enum ClassificationKind implements Coded {
    BREACH_TYPE,
    DATA_CATEGORY,
    SUBJECT_CATEGORY,
    JURISDICTION;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
