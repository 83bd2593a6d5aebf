package org.trustcase.app.ui.form;

import static org.trustcase.model.cases.CaseField.APPROX_RECORDS;
import static org.trustcase.model.cases.CaseField.APPROX_SUBJECTS;
import static org.trustcase.model.cases.CaseField.AWARE_AT;
import static org.trustcase.model.cases.CaseField.AWARE_GAP_REASON;
import static org.trustcase.model.cases.CaseField.CONTAINED_AT;
import static org.trustcase.model.cases.CaseField.DETECTED_AT;
import static org.trustcase.model.cases.CaseField.JURISDICTIONS;
import static org.trustcase.model.cases.CaseField.OCCURRED_FROM;
import static org.trustcase.model.cases.CaseField.OCCURRED_TO;
import static org.trustcase.model.cases.CaseField.OWNER;
import static org.trustcase.model.cases.CaseField.REMEDIAL_ACTIONS;
import static org.trustcase.model.cases.CaseField.REPORTER;
import static org.trustcase.model.cases.CaseField.SUMMARY;
import static org.trustcase.model.cases.CaseField.TITLE;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.collections.ObservableSet;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.TimeText;
import org.trustcase.model.cases.BreachCause;
import org.trustcase.model.cases.BreachType;
import org.trustcase.model.cases.CaseDetails;
import org.trustcase.model.cases.CaseField;
import org.trustcase.model.cases.CaseValidator;
import org.trustcase.model.cases.DataCategory;
import org.trustcase.model.cases.Jurisdiction;
import org.trustcase.model.cases.ReportChannel;
import org.trustcase.model.cases.SubjectCategory;
import org.trustcase.model.common.FieldError;
import org.trustcase.model.common.ValidationException;

/**
 * The editable details of a case as a form holds them: texts as typed, choices as sets. After
 * every change the draft is parsed and checked with {@link CaseValidator}; each field's first
 * problem is kept under the field's key, ready to be shown beside it. A problem is shown once the
 * field was touched (edited or left) or after {@link #revealAll()}, but the form is invalid as
 * long as any problem exists.
 */
public final class CaseForm {
    /** Fields typed as free text or as text to be parsed. */
    public static final Set<CaseField> TEXT_FIELDS = Set.of(TITLE, SUMMARY, REPORTER, OCCURRED_FROM, OCCURRED_TO,
            DETECTED_AT, AWARE_AT, AWARE_GAP_REASON, CONTAINED_AT, APPROX_SUBJECTS, APPROX_RECORDS, JURISDICTIONS,
            REMEDIAL_ACTIONS, OWNER);
    /** Key of the problems of the parties list as a whole. */
    public static final String PARTIES = CaseField.PARTIES.key();

    private static final Set<CaseField> INSTANT_FIELDS = Set.of(OCCURRED_FROM, OCCURRED_TO, DETECTED_AT, AWARE_AT,
            CONTAINED_AT);
    private static final Pattern CODE_SEPARATORS = Pattern.compile("[,;\\s]+");
    private static final Pattern PARTY_KEY = Pattern.compile("parties\\[(\\d+)]\\.name");
    private static final Pattern DIGIT_GROUPING = Pattern.compile("[\\s_,.'\u00a0\u202f]");

    private final Clock clock;
    private final TimeText time;
    private final Messages messages;

    private final Map<CaseField, StringProperty> texts = new EnumMap<>(CaseField.class);
    private final ObjectProperty<ReportChannel> channel = new SimpleObjectProperty<>(this, "channel");
    private final ObjectProperty<BreachCause> cause = new SimpleObjectProperty<>(this, "cause");
    private final ObjectProperty<Fact> dataUnintelligible = new SimpleObjectProperty<>(this, "dataUnintelligible",
            Fact.NOT_ESTABLISHED);
    private final ObjectProperty<Fact> highRiskRemoved = new SimpleObjectProperty<>(this, "highRiskRemoved",
            Fact.NOT_ESTABLISHED);
    private final ObjectProperty<Fact> disproportionateEffort = new SimpleObjectProperty<>(this,
            "disproportionateEffort", Fact.NOT_ESTABLISHED);
    private final ObservableSet<BreachType> breachTypes = FXCollections.observableSet();
    private final ObservableSet<DataCategory> dataCategories = FXCollections.observableSet();
    private final ObservableSet<SubjectCategory> subjectCategories = FXCollections.observableSet();
    private final ObservableList<PartyDraft> parties = FXCollections.observableArrayList(
            party -> new javafx.beans.Observable[] {party.roleProperty(), party.nameProperty()});

    private final ObservableMap<String, String> problems = FXCollections.observableHashMap();
    private final ObservableMap<String, String> problemsView = FXCollections.unmodifiableObservableMap(problems);
    private final ObservableSet<String> touched = FXCollections.observableSet();
    private final BooleanProperty revealAll = new SimpleBooleanProperty(this, "revealAll", false);
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", false);
    private final ReadOnlyBooleanWrapper gapReasonNeeded = new ReadOnlyBooleanWrapper(this, "gapReasonNeeded", false);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty", false);
    private CaseDetails draft = CaseDetails.builder().build();
    private boolean loading;

    public CaseForm(Clock clock, TimeText time, Messages messages) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.time = Objects.requireNonNull(time, "time");
        this.messages = Objects.requireNonNull(messages, "messages");
        InvalidationListener changed = observable -> changed();
        ChangeListener<Object> edited = (observable, before, after) -> changed();
        for (CaseField field : TEXT_FIELDS) {
            StringProperty text = new SimpleStringProperty(this, field.key(), "");
            text.addListener(edited);
            texts.put(field, text);
        }
        channel.addListener(edited);
        cause.addListener(edited);
        dataUnintelligible.addListener(edited);
        highRiskRemoved.addListener(edited);
        disproportionateEffort.addListener(edited);
        breachTypes.addListener(changed);
        dataCategories.addListener(changed);
        subjectCategories.addListener(changed);
        parties.addListener((ListChangeListener<PartyDraft>) change -> changed());
        validate();
    }

    /** The text of a text field; throws for fields edited otherwise (choices, sets, parties). */
    public StringProperty text(CaseField field) {
        StringProperty text = texts.get(field);
        if (text == null) {
            throw new IllegalArgumentException(field + " is not edited as text");
        }
        return text;
    }

    public ObjectProperty<ReportChannel> channelProperty() {
        return channel;
    }

    public ObjectProperty<BreachCause> causeProperty() {
        return cause;
    }

    /** Art. 34(3)(a): the data was unintelligible to anyone not authorised. */
    public ObjectProperty<Fact> dataUnintelligibleProperty() {
        return dataUnintelligible;
    }

    /** Art. 34(3)(b): measures taken since mean the high risk is no longer likely. */
    public ObjectProperty<Fact> highRiskRemovedProperty() {
        return highRiskRemoved;
    }

    /** Art. 34(3)(c): telling each subject would involve disproportionate effort. */
    public ObjectProperty<Fact> disproportionateEffortProperty() {
        return disproportionateEffort;
    }

    public ObservableSet<BreachType> breachTypes() {
        return breachTypes;
    }

    public ObservableSet<DataCategory> dataCategories() {
        return dataCategories;
    }

    public ObservableSet<SubjectCategory> subjectCategories() {
        return subjectCategories;
    }

    public ObservableList<PartyDraft> parties() {
        return parties;
    }

    /** Fills the form with stored details; the form is then clean and nothing is shown as wrong. */
    public void load(CaseDetails details) {
        loading = true;
        try {
            text(TITLE).set(orEmpty(details.title()));
            text(SUMMARY).set(orEmpty(details.summary()));
            text(REPORTER).set(orEmpty(details.reporter()));
            text(OCCURRED_FROM).set(time.input(details.occurredFrom()));
            text(OCCURRED_TO).set(time.input(details.occurredTo()));
            text(DETECTED_AT).set(time.input(details.detectedAt()));
            text(AWARE_AT).set(time.input(details.awareAt()));
            text(AWARE_GAP_REASON).set(orEmpty(details.awareGapReason()));
            text(CONTAINED_AT).set(time.input(details.containedAt()));
            text(APPROX_SUBJECTS).set(details.approxSubjects() == null ? "" : details.approxSubjects().toString());
            text(APPROX_RECORDS).set(details.approxRecords() == null ? "" : details.approxRecords().toString());
            text(JURISDICTIONS).set(details.jurisdictions().stream().map(Jurisdiction::code)
                    .collect(Collectors.joining(", ")));
            text(REMEDIAL_ACTIONS).set(orEmpty(details.remedialActions()));
            text(OWNER).set(orEmpty(details.owner()));
            channel.set(details.channel());
            cause.set(details.cause());
            dataUnintelligible.set(Fact.of(details.dataUnintelligible()));
            highRiskRemoved.set(Fact.of(details.highRiskRemoved()));
            disproportionateEffort.set(Fact.of(details.disproportionateEffort()));
            breachTypes.clear();
            breachTypes.addAll(details.breachTypes());
            dataCategories.clear();
            dataCategories.addAll(details.dataCategories());
            subjectCategories.clear();
            subjectCategories.addAll(details.subjectCategories());
            parties.setAll(details.parties().stream().map(PartyDraft::new).toList());
        } finally {
            loading = false;
        }
        touched.clear();
        revealAll.set(false);
        dirty.set(false);
        validate();
    }

    /** The details as typed, when valid. */
    public Optional<CaseDetails> details() {
        validate();
        return valid.get() ? Optional.of(draft) : Optional.empty();
    }

    /** Marks the form as matching what is stored (after a save). */
    public void markClean() {
        dirty.set(false);
    }

    /** Shows the problem of this field from now on (call when the user edits or leaves it). */
    public void touch(String fieldKey) {
        touched.add(fieldKey);
    }

    /** Shows every problem (after an attempt to save an invalid form). */
    public void revealAll() {
        revealAll.set(true);
    }

    /** Shows problems found by the model on save, e.g. when the clock moved on and a time is now in the future. */
    public void showRejection(ValidationException rejection) {
        for (FieldError error : rejection.errors()) {
            String key = keyOf(error.field());
            problems.putIfAbsent(key, describe(error));
        }
        valid.set(problems.isEmpty());
        revealAll();
    }

    /** The problem to show under a field now, or {@code null}. */
    public StringBinding shownProblem(String fieldKey) {
        return Bindings.createStringBinding(
                () -> revealAll.get() || touched.contains(fieldKey) ? problems.get(fieldKey) : null,
                problems, touched, revealAll);
    }

    /** Every current problem by field key, shown or not. */
    public ObservableMap<String, String> problems() {
        return problemsView;
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public boolean isValid() {
        return valid.get();
    }

    /** True when aware-at is later than detected-at, so the gap must be explained. */
    public ReadOnlyBooleanProperty gapReasonNeededProperty() {
        return gapReasonNeeded.getReadOnlyProperty();
    }

    /** True once the user changed something since the last load or save. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    private void changed() {
        if (loading) {
            return;
        }
        dirty.set(true);
        validate();
    }

    private void validate() {
        Map<String, String> found = new LinkedHashMap<>();
        CaseDetails.Builder builder = CaseDetails.builder()
                .title(text(TITLE).get())
                .summary(text(SUMMARY).get())
                .reporter(text(REPORTER).get())
                .awareGapReason(text(AWARE_GAP_REASON).get())
                .remedialActions(text(REMEDIAL_ACTIONS).get())
                .owner(text(OWNER).get())
                .channel(channel.get())
                .cause(cause.get())
                .dataUnintelligible(fact(dataUnintelligible))
                .highRiskRemoved(fact(highRiskRemoved))
                .disproportionateEffort(fact(disproportionateEffort))
                .breachTypes(breachTypes)
                .dataCategories(dataCategories)
                .subjectCategories(subjectCategories)
                .parties(parties.stream().map(PartyDraft::toParty).toList());
        builder.occurredFrom(instant(OCCURRED_FROM, found))
                .occurredTo(instant(OCCURRED_TO, found))
                .detectedAt(instant(DETECTED_AT, found))
                .awareAt(instant(AWARE_AT, found))
                .containedAt(instant(CONTAINED_AT, found))
                .approxSubjects(count(APPROX_SUBJECTS, found))
                .approxRecords(count(APPROX_RECORDS, found))
                .jurisdictions(jurisdictions(found));
        CaseDetails built = builder.build();
        for (FieldError error : CaseValidator.check(built, clock.instant())) {
            found.putIfAbsent(keyOf(error.field()), describe(error));
        }
        draft = built;
        gapReasonNeeded.set(built.awareAt() != null && built.detectedAt() != null
                && built.awareAt().isAfter(built.detectedAt()));
        problems.keySet().retainAll(found.keySet());
        problems.putAll(found);
        valid.set(found.isEmpty());
    }

    private Instant instant(CaseField field, Map<String, String> found) {
        try {
            return time.parse(text(field).get()).orElse(null);
        } catch (DateTimeParseException e) {
            found.put(field.key(), messages.format("validation.dateTime", messages.fieldLabel(field.key()),
                    text(field).get().strip(), TimeText.INPUT_PATTERN));
            return null;
        }
    }

    private Long count(CaseField field, Map<String, String> found) {
        String typed = text(field).get();
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(DIGIT_GROUPING.matcher(typed.strip()).replaceAll(""));
        } catch (NumberFormatException e) {
            found.put(field.key(), messages.format("validation.number", messages.fieldLabel(field.key()),
                    typed.strip()));
            return null;
        }
    }

    private List<Jurisdiction> jurisdictions(Map<String, String> found) {
        String typed = text(JURISDICTIONS).get();
        List<Jurisdiction> parsed = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        if (typed != null) {
            for (String code : CODE_SEPARATORS.split(typed.strip())) {
                if (code.isEmpty()) {
                    continue;
                }
                try {
                    parsed.add(Jurisdiction.parse(code, JURISDICTIONS.key()));
                } catch (ValidationException e) {
                    unknown.add(code);
                }
            }
        }
        if (!unknown.isEmpty()) {
            found.put(JURISDICTIONS.key(), messages.format("validation.jurisdictions", unknown.size(),
                    String.join(", ", unknown)));
        }
        return parsed;
    }

    private String describe(FieldError error) {
        var party = PARTY_KEY.matcher(error.field());
        if (party.matches()) {
            return messages.format("validation.party", Integer.parseInt(party.group(1)) + 1,
                    messages.render(error.problem()));
        }
        // The problem names other fields by reference ("is before {detectedAt}"); the texts show their labels.
        return messages.format("validation.field", messages.fieldLabel(error.field()), messages.render(error.problem()));
    }

    private static String keyOf(String field) {
        return field.startsWith(PARTIES) ? PARTIES : field;
    }

    private static Boolean fact(ObjectProperty<Fact> property) {
        return property.get() == null ? null : property.get().toBoolean();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
