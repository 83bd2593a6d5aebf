package org.trustcase.model.cases;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything about a case that a DPO records and edits. Immutable; change it through
 * {@link #toBuilder()}. Blank texts are kept as {@code null}; instants are truncated to whole
 * seconds (legal clocks run in seconds, and it keeps storage round trips exact); collections are
 * unmodifiable and never {@code null}. Validity is checked by {@link CaseValidator}, not here, so
 * that a form can hold a half-filled draft.
 *
 * <p>The three facts at the end weigh on whether data subjects must be told (Art. 34(3) GDPR);
 * {@code null} means "not established yet":
 * {@code dataUnintelligible} — the data was unintelligible to anyone not authorised (e.g. strong
 * encryption whose key was not compromised); {@code highRiskRemoved} — measures taken since ensure
 * the high risk is no longer likely to materialise; {@code disproportionateEffort} — telling each
 * subject individually would involve disproportionate effort.
 */
public record CaseDetails(
        String title,
        String summary,
        String reporter,
        ReportChannel channel,
        Instant occurredFrom,
        Instant occurredTo,
        Instant detectedAt,
        Instant awareAt,
        String awareGapReason,
        Instant containedAt,
        Set<BreachType> breachTypes,
        Set<DataCategory> dataCategories,
        Set<SubjectCategory> subjectCategories,
        Long approxSubjects,
        Long approxRecords,
        List<Jurisdiction> jurisdictions,
        List<Party> parties,
        BreachCause cause,
        String remedialActions,
        String owner,
        Boolean dataUnintelligible,
        Boolean highRiskRemoved,
        Boolean disproportionateEffort) {

    public CaseDetails {
        title = text(title);
        summary = text(summary);
        reporter = text(reporter);
        occurredFrom = seconds(occurredFrom);
        occurredTo = seconds(occurredTo);
        detectedAt = seconds(detectedAt);
        awareAt = seconds(awareAt);
        awareGapReason = text(awareGapReason);
        containedAt = seconds(containedAt);
        breachTypes = enums(BreachType.class, breachTypes);
        dataCategories = enums(DataCategory.class, dataCategories);
        subjectCategories = enums(SubjectCategory.class, subjectCategories);
        jurisdictions = jurisdictions == null ? List.of() : List.copyOf(new LinkedHashSet<>(jurisdictions));
        parties = parties == null ? List.of() : List.copyOf(parties);
        remedialActions = text(remedialActions);
        owner = text(owner);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * True when the organisation became aware later than it detected the incident and has not yet
     * said why (EDPB Guidelines 9/2022: the gap must be justified). Not a validation error, because
     * the reason is often established after intake; the workflow requires it before notifying or closing.
     */
    public boolean awarenessGapUnexplained() {
        return detectedAt != null && awareAt != null && awareAt.isAfter(detectedAt) && awareGapReason == null;
    }

    /** True when any affected data category is an Art. 9 or Art. 10 category. */
    public boolean involvesSpecialCategories() {
        return dataCategories.stream().anyMatch(DataCategory::isSpecial);
    }

    private static String text(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    private static Instant seconds(Instant value) {
        return value == null ? null : value.truncatedTo(ChronoUnit.SECONDS);
    }

    private static <E extends Enum<E>> Set<E> enums(Class<E> type, Collection<E> values) {
        EnumSet<E> copy = EnumSet.noneOf(type);
        if (values != null) {
            copy.addAll(values);
        }
        return Collections.unmodifiableSet(copy);
    }

    /** A mutable draft of {@link CaseDetails}, for forms and for applying partial updates. */
    public static final class Builder {
        private String title;
        private String summary;
        private String reporter;
        private ReportChannel channel;
        private Instant occurredFrom;
        private Instant occurredTo;
        private Instant detectedAt;
        private Instant awareAt;
        private String awareGapReason;
        private Instant containedAt;
        private Set<BreachType> breachTypes = Set.of();
        private Set<DataCategory> dataCategories = Set.of();
        private Set<SubjectCategory> subjectCategories = Set.of();
        private Long approxSubjects;
        private Long approxRecords;
        private List<Jurisdiction> jurisdictions = List.of();
        private List<Party> parties = List.of();
        private BreachCause cause;
        private String remedialActions;
        private String owner;
        private Boolean dataUnintelligible;
        private Boolean highRiskRemoved;
        private Boolean disproportionateEffort;

        private Builder() {
        }

        private Builder(CaseDetails d) {
            title = d.title;
            summary = d.summary;
            reporter = d.reporter;
            channel = d.channel;
            occurredFrom = d.occurredFrom;
            occurredTo = d.occurredTo;
            detectedAt = d.detectedAt;
            awareAt = d.awareAt;
            awareGapReason = d.awareGapReason;
            containedAt = d.containedAt;
            breachTypes = d.breachTypes;
            dataCategories = d.dataCategories;
            subjectCategories = d.subjectCategories;
            approxSubjects = d.approxSubjects;
            approxRecords = d.approxRecords;
            jurisdictions = d.jurisdictions;
            parties = d.parties;
            cause = d.cause;
            remedialActions = d.remedialActions;
            owner = d.owner;
            dataUnintelligible = d.dataUnintelligible;
            highRiskRemoved = d.highRiskRemoved;
            disproportionateEffort = d.disproportionateEffort;
        }

        public Builder title(String value) { title = value; return this; }
        public Builder summary(String value) { summary = value; return this; }
        public Builder reporter(String value) { reporter = value; return this; }
        public Builder channel(ReportChannel value) { channel = value; return this; }
        public Builder occurredFrom(Instant value) { occurredFrom = value; return this; }
        public Builder occurredTo(Instant value) { occurredTo = value; return this; }
        public Builder detectedAt(Instant value) { detectedAt = value; return this; }
        public Builder awareAt(Instant value) { awareAt = value; return this; }
        public Builder awareGapReason(String value) { awareGapReason = value; return this; }
        public Builder containedAt(Instant value) { containedAt = value; return this; }
        public Builder breachTypes(Collection<BreachType> value) { breachTypes = Set.copyOf(value); return this; }
        public Builder dataCategories(Collection<DataCategory> value) { dataCategories = Set.copyOf(value); return this; }
        public Builder subjectCategories(Collection<SubjectCategory> value) { subjectCategories = Set.copyOf(value); return this; }
        public Builder approxSubjects(Long value) { approxSubjects = value; return this; }
        public Builder approxRecords(Long value) { approxRecords = value; return this; }
        public Builder jurisdictions(Collection<Jurisdiction> value) { jurisdictions = new ArrayList<>(value); return this; }
        public Builder parties(Collection<Party> value) { parties = new ArrayList<>(value); return this; }
        public Builder cause(BreachCause value) { cause = value; return this; }
        public Builder remedialActions(String value) { remedialActions = value; return this; }
        public Builder owner(String value) { owner = value; return this; }
        public Builder dataUnintelligible(Boolean value) { dataUnintelligible = value; return this; }
        public Builder highRiskRemoved(Boolean value) { highRiskRemoved = value; return this; }
        public Builder disproportionateEffort(Boolean value) { disproportionateEffort = value; return this; }

        public CaseDetails build() {
            return new CaseDetails(title, summary, reporter, channel, occurredFrom, occurredTo, detectedAt, awareAt,
                    awareGapReason, containedAt, breachTypes, dataCategories, subjectCategories, approxSubjects,
                    approxRecords, jurisdictions, parties, cause, remedialActions, owner, dataUnintelligible, highRiskRemoved,
                    disproportionateEffort);
        }
    }
}
