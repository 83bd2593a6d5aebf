package org.trustcase.app.documents;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.trustcase.model.cases.CaseDetails;
import org.trustcase.model.notifications.AuthorityDraft;
import org.trustcase.model.notifications.LetterContext;
import org.trustcase.model.notifications.MergeFields;
import org.trustcase.model.notifications.Recipient;
import org.trustcase.model.organisation.OrganisationProfile;

/**
 * The values of the merge fields ({@link MergeFields}) for the letters of one case in one language: the case's,
 * computed once, and each recipient's on top.
 */
public final class LetterValues {
    /** The prefix of the case's fields (kept apart, as {@code case.…} reads like a message code). */
    private static final String CASE = "case.";
    private final Map<String, String> caseValues;

    public LetterValues(LetterContext context, DocumentLanguage words, Instant today) {
        CaseDetails c = context.breachCase().details();
        OrganisationProfile org = context.organisation();
        AuthorityDraft d = context.draft();
        Map<String, String> values = new HashMap<>();
        values.put(CASE + "reference", context.breachCase().reference().toString());
        values.put(CASE + "title", c.title());
        // "on or around": the start of the breach, else its discovery, else the awareness (always recorded)
        values.put(CASE + "occurred", words.date(c.occurredFrom() != null ? c.occurredFrom()
                : c.detectedAt() != null ? c.detectedAt() : c.awareAt()));
        values.put(CASE + "aware", words.date(c.awareAt()));
        values.put("breach.nature", first(d.nature(), c.summary()));
        values.put("breach.consequences", d.consequences());
        values.put("breach.measures", first(d.measuresTaken(), c.remedialActions()));
        values.put("breach.advice", d.adviceToSubjects());
        values.put("breach.data", c.dataCategories().isEmpty() ? words.word("value.unknown")
                : capitalised(c.dataCategories().stream().map(words::label).collect(Collectors.joining(", ")),
                        words));
        values.put("org.name", org.legalName());
        values.put("org.address", org.address());
        values.put("org.registration", org.registrationNumber());
        values.put("dpo.name", org.dpoName());
        values.put("dpo.email", org.dpoEmail());
        values.put("dpo.phone", org.dpoPhone());
        values.put("today", words.date(today));
        values.replaceAll((key, value) -> value == null ? "" : value);
        this.caseValues = Map.copyOf(values);
    }

    /** The values for {@code recipient}: theirs, their file's columns as {@code field.<column>}, then the case's. */
    public Function<String, String> of(Recipient recipient) {
        return name -> switch (name) {
            case "recipient.name" -> recipient.name();
            case "recipient.email" -> recipient.email();
            case "recipient.address" -> recipient.address();
            default -> name.startsWith(MergeFields.CUSTOM)
                    ? recipient.fields().get(name.substring(MergeFields.CUSTOM.length()))
                    : caseValues.get(name);
        };
    }

    /** The case's values alone (a public communication, a preview without recipients). */
    public Function<String, String> ofCase() {
        return caseValues::get;
    }

    private static String first(String preferred, String otherwise) {
        return preferred != null ? preferred : otherwise;
    }

    private static String capitalised(String text, DocumentLanguage words) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(words.locale()) + text.substring(1) + ".";
    }
}
