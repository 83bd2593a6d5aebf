package org.trustcase.app.ui.dashboard;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trustcase.model.audit.AuditAction;
import org.trustcase.model.audit.AuditEvent;
import org.trustcase.model.audit.FieldChange;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.CaseStatus;

/**
 * The dashboard's figures, computed from the cases and the audit trail as they are stored.
 *
 * @param openByStatus how many cases are in each open status (every open status present, zero included)
 * @param openedThisYear cases created in the current calendar year (user's zone)
 * @param closedThisYear cases now closed (or dismissed) whose closing was recorded this year
 * @param recentlyAware the open cases the organisation became aware of most recently, newest first
 */
public record DashboardFigures(
        Map<CaseStatus, Integer> openByStatus,
        int openedThisYear,
        int closedThisYear,
        List<BreachCase> recentlyAware) {

    public static final int RECENT = 5;

    public DashboardFigures {
        openByStatus = Map.copyOf(openByStatus);
        recentlyAware = List.copyOf(recentlyAware);
    }

    public static DashboardFigures of(List<BreachCase> cases, List<AuditEvent> events, Instant now, ZoneId zone) {
        int year = now.atZone(zone).getYear();
        Map<CaseStatus, Integer> open = new EnumMap<>(CaseStatus.class);
        for (CaseStatus status : CaseStatus.values()) {
            if (!status.isClosed()) {
                open.put(status, 0);
            }
        }
        int opened = 0;
        Set<String> closedNow = new HashSet<>();
        for (BreachCase breachCase : cases) {
            if (!breachCase.status().isClosed()) {
                open.merge(breachCase.status(), 1, Integer::sum);
            } else {
                closedNow.add(breachCase.reference().toString());
            }
            if (breachCase.createdAt().atZone(zone).getYear() == year) {
                opened++;
            }
        }
        Set<String> closedThisYear = new HashSet<>();
        for (AuditEvent event : events) {
            if (event.action() == AuditAction.CASE_STATUS_CHANGED && event.caseReference() != null
                    && closedNow.contains(event.caseReference()) && event.occurredAt().atZone(zone).getYear() == year
                    && closes(event)) {
                closedThisYear.add(event.caseReference());
            }
        }
        List<BreachCase> recent = cases.stream()
                .filter(breachCase -> !breachCase.status().isClosed())
                .sorted(Comparator.comparing((BreachCase c) -> c.details().awareAt(),
                        Comparator.nullsLast(Comparator.reverseOrder())))
                .limit(RECENT)
                .toList();
        return new DashboardFigures(open, opened, closedThisYear.size(), recent);
    }

    private static boolean closes(AuditEvent event) {
        for (FieldChange change : event.changes()) {
            if (change.field().equals("status") && change.after() != null
                    && (change.after().equals(CaseStatus.CLOSED.name())
                            || change.after().equals(CaseStatus.NOT_A_BREACH.name()))) {
                return true;
            }
        }
        return false;
    }
}
