package org.trustcase.model.assessment;

import java.time.Instant;
import java.util.Objects;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.severity.SeverityInputs;
import org.trustcase.model.severity.SeverityResult;

/**
 * One version of a case's risk assessment: never overwritten, a new one gets the next version.
 *
 * @param narrative the likely consequences for the individuals, in the DPO's words
 */
public record Assessment(
        CaseReference caseReference,
        int version,
        String author,
        Instant assessedAt,
        SeverityInputs inputs,
        SeverityResult result,
        String narrative) {

    public Assessment {
        Objects.requireNonNull(caseReference, "caseReference");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(assessedAt, "assessedAt");
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(result, "result");
        narrative = narrative == null || narrative.isBlank() ? null : narrative.strip();
    }
}
