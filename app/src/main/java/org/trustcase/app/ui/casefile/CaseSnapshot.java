package org.trustcase.app.ui.casefile;

import java.util.List;
import org.trustcase.model.audit.AuditEvent;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.workflow.TransitionOption;

/** A case as read in one background task: the case, its workflow options and its audit events. */
record CaseSnapshot(BreachCase breachCase, List<TransitionOption> options, List<AuditEvent> events) {
}
