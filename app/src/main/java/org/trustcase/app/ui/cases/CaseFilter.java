package org.trustcase.app.ui.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.cases.Jurisdiction;

/**
 * The instant filter of the cases table: every word typed must occur, ignoring case, in the
 * reference, title, owner, status (its name or its label) or a jurisdiction code of a case.
 */
public final class CaseFilter {
    private static final Pattern WORDS = Pattern.compile("\\s+");

    private CaseFilter() {
    }

    public static Predicate<BreachCase> matching(String query, Function<CaseStatus, String> statusLabel) {
        String normalised = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (normalised.isEmpty()) {
            return breachCase -> true;
        }
        String[] words = WORDS.split(normalised);
        return breachCase -> {
            List<String> haystack = searchable(breachCase, statusLabel);
            for (String word : words) {
                if (haystack.stream().noneMatch(text -> text.contains(word))) {
                    return false;
                }
            }
            return true;
        };
    }

    private static List<String> searchable(BreachCase breachCase, Function<CaseStatus, String> statusLabel) {
        List<String> texts = new ArrayList<>();
        texts.add(breachCase.reference().toString());
        add(texts, breachCase.details().title());
        add(texts, breachCase.details().owner());
        texts.add(breachCase.status().name().replace('_', ' '));
        texts.add(breachCase.status().name());
        add(texts, statusLabel.apply(breachCase.status()));
        for (Jurisdiction jurisdiction : breachCase.details().jurisdictions()) {
            texts.add(jurisdiction.code());
        }
        texts.replaceAll(text -> text.toLowerCase(Locale.ROOT));
        return texts;
    }

    private static void add(List<String> texts, String value) {
        if (value != null) {
            texts.add(value);
        }
    }
}
