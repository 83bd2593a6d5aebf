package org.trustcase.app.documents;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.trustcase.model.cases.CaseDetails;
import org.trustcase.model.common.Coded;
import org.trustcase.model.notifications.AuthorityDraft;
import org.trustcase.model.notifications.LetterContext;
import org.trustcase.model.notifications.NotificationPhase;
import org.trustcase.model.organisation.OrganisationProfile;

/**
 * The notification to the supervisory authority laid out as the authorities' forms ask it (the Art. 33(3) items, and
 * what the UODO and ICO forms add): sections of labelled answers, from the case's recorded facts, the organisation
 * profile and the draft's words. A question without an answer says so rather than disappearing.
 */
public record AuthorityForm(String title, List<Item> heading, List<Section> sections) {
    public AuthorityForm {
        heading = List.copyOf(heading);
        sections = List.copyOf(sections);
    }

    /** One answer: its label and value (several lines allowed). */
    public record Item(String label, String value) {
    }

    public record Section(String title, List<Item> items) {
        public Section {
            items = List.copyOf(items);
        }
    }

    /**
     * The form for the case of {@code context}, in {@code words}' language.
     *
     * @param authorityReference the authority's reference of the initial notification (a follow-up quotes it)
     * @param delayReason        why the notification is late, when it is
     */
    public static AuthorityForm of(LetterContext context, NotificationPhase phase, String authorityReference,
            String delayReason, DocumentLanguage words, Instant prepared) {
        Objects.requireNonNull(phase, "phase");
        CaseDetails c = context.breachCase().details();
        OrganisationProfile org = context.organisation();
        AuthorityDraft d = context.draft();
        String unknown = words.word("value.unknown");
        List<Item> heading = new ArrayList<>();
        heading.add(new Item(words.word("document.case"), context.breachCase().reference().toString()));
        heading.add(new Item(words.word("document.phase"), words.word("phase." + phase.code())));
        if (phase == NotificationPhase.FOLLOW_UP) {
            heading.add(new Item(words.word("document.reference"), or(authorityReference, unknown)));
        }
        heading.add(new Item(words.word("document.prepared"), words.dateTime(prepared)));

        List<Section> sections = new ArrayList<>();
        sections.add(new Section(words.word("section.controller"), List.of(
                new Item(words.word("controller.name"), or(org.legalName(), unknown)),
                new Item(words.word("controller.address"), or(org.address(), unknown)),
                new Item(words.word("controller.registration"), or(org.registrationNumber(), unknown)))));
        sections.add(new Section(words.word("section.dpo"), List.of(
                new Item(words.word("dpo.name"), or(org.dpoName(), unknown)),
                new Item(words.word("dpo.email"), or(org.dpoEmail(), unknown)),
                new Item(words.word("dpo.phone"), or(org.dpoPhone(), unknown)))));
        String occurred = c.occurredFrom() == null ? unknown : c.occurredTo() == null
                ? words.dateTime(c.occurredFrom())
                : words.word("value.interval", words.dateTime(c.occurredFrom()), words.dateTime(c.occurredTo()));
        sections.add(new Section(words.word("section.time"), List.of(
                new Item(words.word("time.occurred"), occurred),
                new Item(words.word("time.place"), or(d.place(), unknown)),
                new Item(words.word("time.detected"), or(words.dateTime(c.detectedAt()), unknown)),
                new Item(words.word("time.aware"), or(words.dateTime(c.awareAt()), unknown)),
                new Item(words.word("time.reporter"), or(c.reporter(), unknown)))));
        sections.add(new Section(words.word("section.nature"), List.of(
                new Item(words.word("nature.types"), labels(c.breachTypes(), words, unknown)),
                new Item(words.word("nature.description"), or(d.nature(), or(c.summary(), unknown))),
                new Item(words.word("nature.course"), or(d.courseOfEvents(), unknown)),
                new Item(words.word("nature.cause"), c.cause() == null ? unknown : words.label(c.cause())),
                new Item(words.word("nature.causeWords"), or(d.cause(), words.word("value.none"))))));
        sections.add(new Section(words.word("section.subjects"), List.of(
                new Item(words.word("subjects.categories"), labels(c.subjectCategories(), words, unknown)),
                new Item(words.word("subjects.number"), number(c.approxSubjects(), words, unknown)),
                new Item(words.word("data.categories"), labels(c.dataCategories(), words, unknown)),
                new Item(words.word("records.number"), number(c.approxRecords(), words, unknown)))));
        sections.add(new Section(words.word("section.systems"), List.of(
                new Item(words.word("systems.confidentiality"), words.yesNo(d.confidentiality())),
                new Item(words.word("systems.integrity"), words.yesNo(d.integrity())),
                new Item(words.word("systems.availability"), words.yesNo(d.availability())))));
        sections.add(new Section(words.word("section.consequences"), List.of(
                new Item(words.word("consequences.text"), or(d.consequences(), unknown)))));
        sections.add(new Section(words.word("section.measures"), List.of(
                new Item(words.word("measures.taken"), or(d.measuresTaken(), or(c.remedialActions(), unknown))),
                new Item(words.word("measures.proposed"), or(d.measuresProposed(), words.word("value.none"))),
                new Item(words.word("measures.contained"), or(words.dateTime(c.containedAt()), unknown)))));
        List<Item> parties = c.parties().stream().map(p -> new Item(words.label(p.role()), or(p.name(), unknown)))
                .toList();
        sections.add(new Section(words.word("section.parties"), parties.isEmpty()
                ? List.of(new Item("", words.word("value.none"))) : parties));
        sections.add(new Section(words.word("section.others"), List.of(new Item("",
                or(d.otherOrganisations(), words.word("value.none"))))));
        if (delayReason != null && !delayReason.isBlank()) {
            sections.add(new Section(words.word("section.delay"), List.of(new Item("", delayReason.strip()))));
        }
        return new AuthorityForm(words.word("document.title"), heading, sections);
    }

    private static String or(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value;
    }

    private static String labels(Collection<? extends Coded> values, DocumentLanguage words, String unknown) {
        return values.isEmpty() ? unknown : values.stream().map(words::label).collect(Collectors.joining(", "));
    }

    private static String number(Long value, DocumentLanguage words, String unknown) {
        return value == null ? unknown : java.text.NumberFormat.getIntegerInstance(words.locale()).format(value);
    }
}
