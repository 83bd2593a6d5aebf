package org.trustcase.model.caselist;

import java.time.Instant;
import org.trustcase.model.deadlines.JurisdictionCoverage;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.severity.SeverityBand;

/**
 * Which cases a list shows and in which order; the database filters and sorts, the caller pages.
 *
 * @param terms    every term must match (see {@link Term}); empty matches every case
 * @param statuses only cases in one of these statuses; empty means any status
 * @param owner    only cases of this owner (exact), or null
 * @param jurisdiction only cases with this jurisdiction code (exact), or null
 * @param sort     the column to order by
 * @param descending whether the order is reversed; ties are broken by reference in the same direction
 *     (newest first when descending; by next deadline, newest first)
 * @param clocks   only cases whose legal clocks (or lack of any) match, or null
 * @param assignedTo only cases this legal reviewer (a login) is assigned to, or null: set by the list's use case
 *     for a reviewer, who may read only those
 * @param bands    only cases whose latest assessment has one of these severity bands; empty means any (assessed or not)
 * @param mentions words every one of which the case's investigation holds (its text, notes, tasks, annotations or past
 *     events: the search's words, see {@code SearchIndex}); empty means no such condition
 */
public record CaseQuery(List<Term> terms, Set<CaseStatus> statuses, String owner, String jurisdiction,
        CaseSort sort, boolean descending, ClockFilter clocks, String assignedTo, Set<SeverityBand> bands,
        List<String> mentions) {

    public CaseQuery(List<Term> terms, Set<CaseStatus> statuses, String owner, String jurisdiction, CaseSort sort,
            boolean descending, ClockFilter clocks) {
        this(terms, statuses, owner, jurisdiction, sort, descending, clocks, null, Set.of(), List.of());
    }

    /** Every case, newest reference first. */
    public static final CaseQuery ALL = new CaseQuery(List.of(), Set.of(), null, null, CaseSort.REFERENCE, true, null);

    /** Which cases a list shows by their legal clocks. */
    public sealed interface ClockFilter {
    }

    /**
     * Open cases with a running legal clock due from {@code from} (inclusive) to {@code to} (exclusive); a null end is
     * open: overdue at {@code now} is {@code (null, now)}.
     */
    public record LegalDue(Instant from, Instant to) implements ClockFilter {
    }

    /**
     * Open cases with no clock: no jurisdiction, or none that a rule covers.
     *
     * @param coverage the jurisdictions the rules cover; null until the list's use case fills in the rules in use
     */
    public record NoClock(JurisdictionCoverage coverage) implements ClockFilter {
    }

    public CaseQuery withClocks(ClockFilter filter) {
        return new CaseQuery(terms, statuses, owner, jurisdiction, sort, descending, filter, assignedTo, bands,
                mentions);
    }

    public CaseQuery {
        terms = List.copyOf(terms);
        statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        bands = bands == null || bands.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(bands));
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
        Objects.requireNonNull(sort, "sort");
    }

    /** The open cases (any status that is not closed), newest reference first. */
    public static CaseQuery open() {
        Set<CaseStatus> open = EnumSet.noneOf(CaseStatus.class);
        for (CaseStatus status : CaseStatus.values()) {
            if (!status.isClosed()) {
                open.add(status);
            }
        }
        return ALL.withStatuses(open);
    }

    public CaseQuery withTerms(List<Term> newTerms) {
        return new CaseQuery(newTerms, statuses, owner, jurisdiction, sort, descending, clocks, assignedTo, bands,
                mentions);
    }

    public CaseQuery withStatuses(Set<CaseStatus> newStatuses) {
        return new CaseQuery(terms, newStatuses, owner, jurisdiction, sort, descending, clocks, assignedTo, bands,
                mentions);
    }

    public CaseQuery sortedBy(CaseSort newSort, boolean newDescending) {
        return new CaseQuery(terms, statuses, owner, jurisdiction, newSort, newDescending, clocks, assignedTo,
                bands, mentions);
    }

    public CaseQuery withOwner(String newOwner) {
        return new CaseQuery(terms, statuses, newOwner, jurisdiction, sort, descending, clocks, assignedTo, bands,
                mentions);
    }

    public CaseQuery withJurisdiction(String code) {
        return new CaseQuery(terms, statuses, owner, code, sort, descending, clocks, assignedTo, bands, mentions);
    }

    public CaseQuery withAssignedTo(String login) {
        return new CaseQuery(terms, statuses, owner, jurisdiction, sort, descending, clocks, login, bands,
                mentions);
    }

    public CaseQuery withBands(Set<SeverityBand> newBands) {
        return new CaseQuery(terms, statuses, owner, jurisdiction, sort, descending, clocks, assignedTo, newBands,
                mentions);
    }

    public CaseQuery withMentions(List<String> words) {
        return new CaseQuery(terms, statuses, owner, jurisdiction, sort, descending, clocks, assignedTo, bands,
                words);
    }

    /**
     * One word of a search: it matches a case whose reference, title, owner or a jurisdiction code
     * contains {@code text} (ignoring case), or whose status is one of {@code statuses} (the statuses
     * whose name or label, in the user's language, contains the word: the caller knows the labels).
     */
    public record Term(String text, Set<CaseStatus> statuses) {
        public Term {
            Objects.requireNonNull(text, "text");
            if (text.isBlank()) {
                throw new IllegalArgumentException("a search term is not blank");
            }
            statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        }
    }
}
