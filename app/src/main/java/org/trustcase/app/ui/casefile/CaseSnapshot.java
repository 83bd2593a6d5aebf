package org.trustcase.app.ui.casefile;

import java.util.List;
import org.trustcase.model.audit.AuditEvent;
import org.trustcase.model.caseclocks.ClockCoverage;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.workflow.TransitionOption;

/**
 * A case as read in one background task: the case, its workflow options, its audit events, what its
 * jurisdictions leave without a clock, and the jurisdictions its recipients live in that it does not name.
 */
record CaseSnapshot(BreachCase breachCase, List<TransitionOption> options, List<AuditEvent> events,
        ClockCoverage coverage, List<org.trustcase.model.caseclocks.JurisdictionHint> hints) {
}
