package org.trustcase.model.deadlines;

import java.util.Objects;
import java.util.Set;
import org.trustcase.model.cases.Jurisdiction;

/**
 * The jurisdictions at least one deadline rule covers, in a form a query can use: exact codes ({@code PL},
 * {@code US-NY}), and the countries of which every subdivision is covered ({@code US} for a rule on {@code US-*}).
 */
public record JurisdictionCoverage(Set<String> codes, Set<String> allSubdivisionsOf) {
    public JurisdictionCoverage {
        codes = Set.copyOf(Objects.requireNonNull(codes, "codes"));
        allSubdivisionsOf = Set.copyOf(Objects.requireNonNull(allSubdivisionsOf, "allSubdivisionsOf"));
    }

    public boolean covers(Jurisdiction jurisdiction) {
        String code = jurisdiction.code();
        return codes.contains(code) || (code.length() > 2 && allSubdivisionsOf.contains(jurisdiction.country()));
    }
}
