package org.trustcase.persistence.cases;

/** The value of {@code case_classification.kind}: which multi-valued field of a case a row belongs to. */
enum ClassificationKind {
    BREACH_TYPE("breach-type"),
    DATA_CATEGORY("data-category"),
    SUBJECT_CATEGORY("subject-category"),
    JURISDICTION("jurisdiction");

    private final String code;

    ClassificationKind(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }

    static ClassificationKind decode(String code) {
        for (ClassificationKind kind : values()) {
            if (kind.code.equals(code)) {
                return kind;
            }
        }
        throw new IllegalStateException("unknown classification kind '" + code + "' in the database");
    }
}
