package org.trustcase.persistence.reports;

import java.time.Instant;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.trustcase.model.cases.BreachCause;
import org.trustcase.model.cases.BreachType;
import org.trustcase.model.common.Coded;
import org.trustcase.model.reports.MonthlyBreaches;
import org.trustcase.model.reports.ReportQueries;
import org.trustcase.model.reports.TransparencyFigures;
import org.trustcase.persistence.database.Database;
import org.trustcase.persistence.sqlite.UtcInstants;

/**
 * The reports' figures, counted by SQLite: a breach is a case of the period not closed as not a breach; a breach was
 * notified to the authority when its authority clock ({@code GDPR-SA}, {@code UK-ICO}) is met by its current outcome
 * (a correction or withdrawal replaces the earlier row), and the hours to
 * notify run from awareness to then; the median is read from the sorted hours (the mean of the two middle ones when
 * their number is even).
 */
public final class JooqReportQueries implements ReportQueries {
    /** The cases of the period ({1}, {2}: its bounds, as stored). */
    private static final String PERIOD = "b.aware_at >= ? AND b.aware_at < ?";
    private static final String BREACH = PERIOD + " AND b.status <> 'not-a-breach'";
    private static final String HOURS = "(julianday(min(o.outcome_at)) - julianday(b.aware_at)) * 24";
    /** An outcome row that is the clock's current one: no later row corrects or withdraws it. */
    private static final String CURRENT = " AND NOT EXISTS (SELECT 1 FROM clock_outcome later WHERE later.case_id ="
            + " o.case_id AND later.rule_id = o.rule_id AND later.seq > o.seq)";
    /** The period's breaches the authority was notified of, one row each, with the hours it took (column 2). */
    private static final String NOTIFIED = "SELECT b.id, " + HOURS + " AS hours FROM breach_case b JOIN clock_outcome o"
            + " ON o.case_id = b.id AND o.rule_id IN ('GDPR-SA', 'UK-ICO') AND o.kind = 'met'" + CURRENT
            + " WHERE " + BREACH + " GROUP BY b.id";

    private final Database database;

    public JooqReportQueries(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public TransparencyFigures transparency(int year, Instant from, Instant to) {
        DSLContext dsl = database.dsl("report figures");
        // the bounds written as the instants are stored, so that text compares as time does
        String start = UtcInstants.format(from);
        String end = UtcInstants.format(to);
        long cases = count(dsl, "SELECT count(*) FROM breach_case b WHERE " + PERIOD, start, end);
        long notBreaches = count(dsl, "SELECT count(*) FROM breach_case b WHERE " + PERIOD
                + " AND b.status = 'not-a-breach'", start, end);
        Map<BreachType, Long> byType = new EnumMap<>(BreachType.class);
        for (Record r : dsl.fetch("SELECT k.code, count(*) FROM breach_case b JOIN case_classification k"
                + " ON k.case_id = b.id AND k.kind = 'breach-type' WHERE " + BREACH + " GROUP BY k.code", start, end)) {
            Coded.find(BreachType.class, r.get(0, String.class)).ifPresent(t -> byType.put(t, r.get(1, Long.class)));
        }
        Map<BreachCause, Long> byCause = new EnumMap<>(BreachCause.class);
        for (Record r : dsl.fetch("SELECT b.cause, count(*) FROM breach_case b WHERE " + BREACH
                + " AND b.cause IS NOT NULL GROUP BY b.cause", start, end)) {
            Coded.find(BreachCause.class, r.get(0, String.class)).ifPresent(c -> byCause.put(c, r.get(1, Long.class)));
        }
        long notified = count(dsl, "SELECT count(*) FROM (" + NOTIFIED + ")", start, end);
        long within = count(dsl, "SELECT count(*) FROM (" + NOTIFIED + ") WHERE hours <= 72", start, end);
        Double median = null;
        if (notified > 0) {
            List<Double> middle = dsl.fetch("SELECT hours FROM (" + NOTIFIED + ") ORDER BY hours LIMIT ? OFFSET ?",
                    start, end, notified % 2 == 0 ? 2 : 1, (notified - 1) / 2).getValues(0, Double.class);
            median = middle.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        }
        long told = count(dsl, "SELECT count(DISTINCT b.id) FROM breach_case b JOIN clock_outcome o ON o.case_id = b.id"
                + " AND o.rule_id = 'GDPR-DS' AND o.kind = 'met'" + CURRENT + " WHERE " + BREACH, start, end);
        return new TransparencyFigures(year, cases, notBreaches, byType, byCause, notified, within, median, told);
    }

    @Override
    public List<MonthlyBreaches> monthly(YearMonth from, YearMonth to) {
        DSLContext dsl = database.dsl("report figures");
        Map<YearMonth, Map<BreachType, Long>> months = new java.util.TreeMap<>();
        for (Record r : dsl.fetch("SELECT substr(b.aware_at, 1, 7) AS month, k.code, count(*) FROM breach_case b"
                + " JOIN case_classification k ON k.case_id = b.id AND k.kind = 'breach-type'"
                + " WHERE " + BREACH + " GROUP BY month, k.code", UtcInstants.format(from.atDay(1).atStartOfDay()
                        .toInstant(java.time.ZoneOffset.UTC)), UtcInstants.format(to.plusMonths(1).atDay(1)
                        .atStartOfDay().toInstant(java.time.ZoneOffset.UTC)))) {
            YearMonth month = YearMonth.parse(r.get(0, String.class));
            Coded.find(BreachType.class, r.get(1, String.class)).ifPresent(t -> months.computeIfAbsent(month,
                    m -> new EnumMap<>(BreachType.class)).put(t, r.get(2, Long.class)));
        }
        return months.entrySet().stream().map(e -> new MonthlyBreaches(e.getKey(), e.getValue())).toList();
    }

    private static long count(DSLContext dsl, String sql, Object... values) {
        Long n = dsl.fetchOne(sql, values).get(0, Long.class);
        return n == null ? 0 : n;
    }
}
