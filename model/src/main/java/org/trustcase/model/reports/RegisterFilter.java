package org.trustcase.model.reports;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.trustcase.model.cases.BreachType;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.common.Coded;
import org.trustcase.model.severity.SeverityBand;

/**
 * Which of a period's cases the breach register keeps: the statuses, severity bands (of the latest assessment) and
 * kinds of breach to keep (an empty set keeps all), and where the authority's notification stands. The conditions
 * combine; {@link #ALL} keeps every case, as the register the authority may ask for does.
 */
public record RegisterFilter(Set<CaseStatus> statuses, Set<SeverityBand> bands, Set<BreachType> types,
        AuthorityNotice authority) {
    public static final RegisterFilter ALL = new RegisterFilter(Set.of(), Set.of(), Set.of(), AuthorityNotice.ANY);

    public RegisterFilter {
        statuses = Set.copyOf(statuses);
        bands = Set.copyOf(bands);
        types = Set.copyOf(types);
        Objects.requireNonNull(authority, "authority");
    }

    /** Where a case's notification of the authority stands. Labelled {@code registerfilter.authority.<code>}. */
    public enum AuthorityNotice implements Coded {
        /** Any case. */
        ANY,
        /** The authority was notified. */
        NOTIFIED,
        /** The latest decision notifies the authority, and it has not been notified yet. */
        PENDING,
        /** The latest decision does not notify the authority. */
        NOT_REQUIRED,
        /** No decision yet, and no notification. */
        UNDECIDED;

        @Override
        public String code() {
            return Coded.codeOf(this);
        }

        boolean admits(RegisterRow row) {
            boolean notified = row.authorityAt() != null;
            return switch (this) {
                case ANY -> true;
                case NOTIFIED -> notified;
                case PENDING -> !notified && Boolean.TRUE.equals(row.notifyAuthority());
                case NOT_REQUIRED -> !notified && Boolean.FALSE.equals(row.notifyAuthority());
                case UNDECIDED -> !notified && row.notifyAuthority() == null;
            };
        }
    }

    /** Whether the register keeps {@code row}. */
    public boolean admits(RegisterRow row) {
        return (statuses.isEmpty() || statuses.contains(row.breachCase().status()))
                && (bands.isEmpty() || row.band() != null && bands.contains(row.band()))
                && (types.isEmpty() || row.breachCase().details().breachTypes().stream().anyMatch(types::contains))
                && authority.admits(row);
    }

    /** Whether it keeps every case. */
    public boolean keepsAll() {
        return statuses.isEmpty() && bands.isEmpty() && types.isEmpty() && authority == AuthorityNotice.ANY;
    }

    /** The conditions as codes, for the audit trail: {@code status=new,triage;band=high;authority=notified}. */
    public String codes() {
        List<String> parts = new ArrayList<>();
        part(parts, "status", statuses);
        part(parts, "band", bands);
        part(parts, "type", types);
        if (authority != AuthorityNotice.ANY) {
            parts.add("authority=" + authority.code());
        }
        return String.join(";", parts);
    }

    private static void part(List<String> parts, String name, Collection<? extends Coded> values) {
        if (!values.isEmpty()) {
            parts.add(name + "=" + values.stream().map(Coded::code).sorted().collect(Collectors.joining(",")));
        }
    }
}
