package org.trustcase.model.audit;

import org.trustcase.model.common.MessageCode;

/**
 * What the application itself says about an audit event, beside any reason a person typed: one code
 * each, with plain arguments (numbers as decimal strings, the texts people gave as they are).
 */
public enum AuditNote implements MessageCode {
    /** {@code {0}} the assessment version recorded. */
    ASSESSMENT_VERSION("audit-note.assessment-version"),
    /** {@code {0}} the reason given for the decision on the supervisory authority. */
    DECISION_REASONS("audit-note.decision-reasons"),
    /** {@code {0}} the reasons so far, {@code {1}} the reason given for the decision on the data subjects. */
    AND_SUBJECTS_REASON("audit-note.decision-reasons.subjects"),
    /** {@code {0}} the reasons so far, {@code {1}} the justification for departing from the suggestion. */
    AND_DEPARTURE_JUSTIFICATION("audit-note.decision-reasons.departure"),
    /** A workspace made with the fictional demo cases. */
    WORKSPACE_WITH_DEMO_CASES("audit-note.workspace-demo"),
    /** A workspace made with generated fictional cases for measuring. */
    WORKSPACE_WITH_GENERATED_CASES("audit-note.workspace-generated"),
    /** An account made for a demo or generated workspace, with a well-known password: for trying out only. */
    DEMO_ACCOUNT("audit-note.demo-account"),
    /** A new case's regime flags, taken from the organisation's sector facts. */
    FLAGS_FROM_PROFILE("audit-note.flags-from-profile");

    private final String code;

    AuditNote(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

}
