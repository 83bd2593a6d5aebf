package org.trustcase.model.caseclocks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.trustcase.model.cases.Jurisdiction;
import org.trustcase.model.deadlines.DeadlineRule;
import org.trustcase.model.deadlines.RuleCatalog;

/**
 * A jurisdiction the people affected live in that the case does not name, and the rules it would add: "12
 * recipients live in US-CA: add US-CA?", so that no clock is silently missing.
 *
 * @param recipients how many of the case's recipients live there
 * @param ruleIds    the rules that jurisdiction would bring that the case's jurisdictions do not
 */
public record JurisdictionHint(Jurisdiction jurisdiction, long recipients, List<String> ruleIds) {
    public JurisdictionHint {
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        ruleIds = List.copyOf(ruleIds);
    }

    /**
     * The jurisdictions of {@code residences} (where recipients live, with how many) that would give the case rules
     * its {@code named} jurisdictions do not; the most recipients first.
     */
    public static List<JurisdictionHint> missing(Collection<Jurisdiction> named, Map<Jurisdiction, Long> residences,
            RuleCatalog catalog) {
        Set<String> covered = new HashSet<>();
        catalog.forJurisdictions(named).forEach(rule -> covered.add(rule.id()));
        List<JurisdictionHint> hints = new ArrayList<>();
        residences.forEach((jurisdiction, count) -> {
            if (named.contains(jurisdiction)) {
                return;
            }
            List<String> added = catalog.forJurisdictions(List.of(jurisdiction)).stream().map(DeadlineRule::id)
                    .filter(id -> !covered.contains(id)).toList();
            if (!added.isEmpty()) {
                hints.add(new JurisdictionHint(jurisdiction, count, added));
            }
        });
        hints.sort(Comparator.comparingLong(JurisdictionHint::recipients).reversed()
                .thenComparing(h -> h.jurisdiction().code()));
        return hints;
    }
}
