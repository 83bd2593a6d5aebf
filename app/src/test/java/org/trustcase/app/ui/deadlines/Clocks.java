package org.trustcase.app.ui.deadlines;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.trustcase.model.caseclocks.CaseDeadlines;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.CaseDetails;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.deadlines.ClockStatus;
import org.trustcase.model.deadlines.DeadlineClock;
import org.trustcase.model.deadlines.DeadlineRule;
import org.trustcase.model.deadlines.MetRecord;
import org.trustcase.model.deadlines.RuleCatalog;

/** Clocks and cases made by hand for the deadline tests: real rules from the catalogue, chosen states. */
final class Clocks {
    static final RuleCatalog CATALOG = RuleCatalog.standard();
    static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    private Clocks() {
    }

    static DeadlineClock clock(String ruleId, ClockStatus status, Instant due) {
        DeadlineRule rule = CATALOG.rule(ruleId);
        return new DeadlineClock(rule, status, rule.limits(), due, WARSAW, null, rule.limits().get(0).basis(), null);
    }

    static DeadlineClock met(String ruleId, Instant due, Instant at, String reason) {
        DeadlineRule rule = CATALOG.rule(ruleId);
        return new DeadlineClock(rule, ClockStatus.MET, rule.limits(), due, WARSAW, new MetRecord(at, reason),
                rule.limits().get(0).basis(), null);
    }

    static DeadlineEntry entry(String reference, DeadlineClock clock) {
        return new DeadlineEntry(CaseReference.parse(reference), "Case " + reference, clock);
    }

    static CaseDeadlines open(String reference, DeadlineClock... clocks) {
        Instant created = Instant.parse("2026-03-01T00:00:00Z");
        BreachCase breachCase = new BreachCase(1, CaseReference.parse(reference),
                CaseDetails.builder().title("Case " + reference).awareAt(created).build(), CaseStatus.TRIAGE, null, 1,
                created, created);
        return new CaseDeadlines(breachCase, List.of(clocks));
    }
}
