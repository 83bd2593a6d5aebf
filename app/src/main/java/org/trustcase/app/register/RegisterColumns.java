package org.trustcase.app.register;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.trustcase.model.cases.CaseDetails;
import org.trustcase.model.common.Coded;
import org.trustcase.model.reports.RegisterRow;

/**
 * The columns of the breach register (GDPR Art. 33(5): the facts of each breach, its effects and the remedial action
 * taken, and the notifications or why none) and each row's values in them: times in ISO-8601 UTC, codes as the
 * command line writes them, sets joined with {@code "; "}. One list for every format, so that CSV, XLSX and PDF hold
 * the same register.
 */
public final class RegisterColumns {
    /** The column names, in order: a contract of the register's files. */
    public static final List<String> NAMES = List.of("reference", "title", "status", "occurred_from", "occurred_to",
            "detected_at", "aware_at", "contained_at", "breach_types", "data_categories", "subject_categories",
            "approx_subjects", "approx_records", "cause", "consequences", "measures", "authority_notified",
            "authority_notified_at", "authority_reference", "authority_late_reason", "subjects_notified",
            "subjects_notified_at", "subjects_notified_how", "subjects_exception", "severity");

    private RegisterColumns() {
    }

    /** The row's values, in the order of {@link #NAMES}; an empty text where nothing is recorded. */
    public static List<String> values(RegisterRow row) {
        CaseDetails d = row.breachCase().details();
        List<String> values = new ArrayList<>(NAMES.size());
        values.add(row.breachCase().reference().toString());
        values.add(d.title());
        values.add(row.breachCase().status().code());
        values.add(time(d.occurredFrom()));
        values.add(time(d.occurredTo()));
        values.add(time(d.detectedAt()));
        values.add(time(d.awareAt()));
        values.add(time(d.containedAt()));
        values.add(codes(d.breachTypes()));
        values.add(codes(d.dataCategories()));
        values.add(codes(d.subjectCategories()));
        values.add(d.approxSubjects() == null ? "" : d.approxSubjects().toString());
        values.add(d.approxRecords() == null ? "" : d.approxRecords().toString());
        values.add(d.cause() == null ? "" : d.cause().code());
        values.add(text(row.consequences()));
        values.add(text(d.remedialActions()));
        values.add(yesNo(row.notifyAuthority()));
        values.add(time(row.authorityAt()));
        values.add(text(row.authorityReference()));
        values.add(text(row.authorityLateReason()));
        values.add(yesNo(row.notifySubjects()));
        values.add(time(row.subjectsAt()));
        values.add(text(row.subjectsHow()));
        values.add(row.exception() == null ? "" : row.exception().code());
        values.add(row.band() == null ? "" : row.band().code());
        return values;
    }

    private static String time(Instant at) {
        return at == null ? "" : at.toString();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String yesNo(Boolean value) {
        return value == null ? "" : value ? "yes" : "no";
    }

    private static String codes(Collection<? extends Coded> values) {
        return values.stream().map(Coded::code).sorted().collect(Collectors.joining("; "));
    }
}
