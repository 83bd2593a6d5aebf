package org.trustcase.model.cases;

import org.trustcase.model.common.Coded;

/** Categories of data subjects affected, after the categories supervisory authorities ask for. */
public enum SubjectCategory implements Coded {
    CUSTOMERS,
    PROSPECTS,
    USERS,
    SUBSCRIBERS,
    EMPLOYEES,
    JOB_APPLICANTS,
    CONTRACTORS,
    STUDENTS,
    PATIENTS,
    CHILDREN,
    VULNERABLE_ADULTS,
    MEMBERS,
    UNKNOWN,
    OTHER;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
