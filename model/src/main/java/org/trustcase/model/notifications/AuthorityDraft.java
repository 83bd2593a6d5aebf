package org.trustcase.model.notifications;

import java.time.Instant;

/**
 * The editable parts of the notification to the supervisory authority, in the order of GDPR Art. 33(3) and the
 * authorities' forms (UODO, ICO). The case's recorded facts (times, categories and numbers, cause, parties, the DPO's
 * contact) are not copied here: the document takes them from the case and the organisation profile when it is made,
 * so that it never contradicts them. Blank texts are {@code null}; a {@code null} system flag is not known.
 *
 * @param nature             what happened (Art. 33(3)(a))
 * @param courseOfEvents     how it unfolded and how it was discovered
 * @param place              where it happened (site, town, system)
 * @param cause              the cause in words, beside the case's recorded kind of cause
 * @param consequences       likely consequences for the people concerned (Art. 33(3)(c))
 * @param measuresTaken      measures taken to address the breach and mitigate its effects (Art. 33(3)(d))
 * @param measuresProposed   measures proposed
 * @param otherOrganisations other organisations informed (police, banks, other authorities)
 * @param adviceToSubjects   what people can do to protect themselves (for letters, Art. 34(2))
 * @param updatedBy          who saved the draft last ({@code null} while it is only pre-filled from the case)
 */
public record AuthorityDraft(String nature, String courseOfEvents, String place, String cause, String consequences,
        String measuresTaken, String measuresProposed, String otherOrganisations, String adviceToSubjects,
        Boolean confidentiality, Boolean integrity, Boolean availability, String updatedBy, Instant updatedAt) {
    public static final AuthorityDraft EMPTY = new AuthorityDraft(null, null, null, null, null, null, null, null, null,
            null, null, null, null, null);

    public AuthorityDraft {
        nature = text(nature);
        courseOfEvents = text(courseOfEvents);
        place = text(place);
        cause = text(cause);
        consequences = text(consequences);
        measuresTaken = text(measuresTaken);
        measuresProposed = text(measuresProposed);
        otherOrganisations = text(otherOrganisations);
        adviceToSubjects = text(adviceToSubjects);
    }

    /** Whether the draft was saved by someone (rather than pre-filled from the case). */
    public boolean saved() {
        return updatedBy != null;
    }

    public AuthorityDraft savedBy(String name, Instant at) {
        return new AuthorityDraft(nature, courseOfEvents, place, cause, consequences, measuresTaken, measuresProposed,
                otherOrganisations, adviceToSubjects, confidentiality, integrity, availability, name, at);
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
