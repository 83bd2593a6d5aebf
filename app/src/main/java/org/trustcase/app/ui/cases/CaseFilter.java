package org.trustcase.app.ui.cases;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.trustcase.model.caselist.CaseQuery;
import org.trustcase.model.cases.CaseStatus;

/**
 * The instant filter of the cases table as query terms: every word typed must occur, ignoring case, in
 * the reference, title, owner or a jurisdiction code of a case, or name its status (its name or its label
 * in the user's language, which only the window knows, so each word carries the statuses it names).
 */
public final class CaseFilter {
    private static final Pattern WORDS = Pattern.compile("\\s+");

    private CaseFilter() {
    }

    public static List<CaseQuery.Term> terms(String query, Function<CaseStatus, String> statusLabel) {
        String normalised = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (normalised.isEmpty()) {
            return List.of();
        }
        List<CaseQuery.Term> terms = new ArrayList<>();
        for (String word : WORDS.split(normalised)) {
            terms.add(new CaseQuery.Term(word, statusesNamedBy(word, statusLabel)));
        }
        return terms;
    }

    private static Set<CaseStatus> statusesNamedBy(String word, Function<CaseStatus, String> statusLabel) {
        Set<CaseStatus> named = EnumSet.noneOf(CaseStatus.class);
        for (CaseStatus status : CaseStatus.values()) {
            String label = statusLabel.apply(status);
            if (status.name().toLowerCase(Locale.ROOT).contains(word)
                    || status.name().replace('_', ' ').toLowerCase(Locale.ROOT).contains(word)
                    || label != null && label.toLowerCase(Locale.ROOT).contains(word)) {
                named.add(status);
            }
        }
        return named;
    }
}
