package org.trustcase.app.ui.assessment;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.trustcase.model.assessment.Assessment;
import org.trustcase.model.severity.CircumstanceTable;
import org.trustcase.model.severity.CircumstanceTable.Dimension;
import org.trustcase.model.severity.CircumstanceTable.Level;
import org.trustcase.model.severity.DataType;
import org.trustcase.model.severity.DpcAdjustment;
import org.trustcase.model.severity.IdentificationEase;
import org.trustcase.model.severity.SeverityInputs;
import org.trustcase.model.severity.SeverityMethod;
import org.trustcase.model.severity.SeverityResult;

/**
 * The ENISA calculator: the inputs of an assessment as properties and the live result, computed
 * with the pure {@link SeverityMethod} on every change. Knows no controls and no service. Loaded
 * from the latest version, so that a re-assessment is an edit of it.
 */
public final class CalculatorViewModel {
    private final SeverityMethod method;
    private final String missingReason;

    private final ObjectProperty<DataType> dataType = new SimpleObjectProperty<>(this, "dataType");
    private final ObservableList<AdjustmentDraft> adjustments = FXCollections.observableArrayList(
            draft -> new Observable[] {draft.deltaProperty(), draft.reasonProperty()});
    private final ObjectProperty<IdentificationEase> ease = new SimpleObjectProperty<>(this, "ease");
    private final Map<Dimension, ObjectProperty<Level>> levels = new EnumMap<>(Dimension.class);
    private final BooleanProperty malicious = new SimpleBooleanProperty(this, "malicious");
    private final StringProperty narrative = new SimpleStringProperty(this, "narrative", "");

    private final ReadOnlyObjectWrapper<SeverityResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyBooleanWrapper complete = new ReadOnlyBooleanWrapper(this, "complete");
    private final ReadOnlyBooleanWrapper changed = new ReadOnlyBooleanWrapper(this, "changed", true);
    private final ReadOnlyObjectWrapper<Assessment> baseline = new ReadOnlyObjectWrapper<>(this, "baseline");

    /**
     * @param missingReason shown in the live explanation for an adjustment whose reason is not typed yet
     */
    public CalculatorViewModel(SeverityMethod method, String missingReason) {
        this.method = Objects.requireNonNull(method, "method");
        this.missingReason = Objects.requireNonNull(missingReason, "missingReason");
        for (Dimension dimension : Dimension.values()) {
            levels.put(dimension, new SimpleObjectProperty<>(this, dimension.code(), table().levels(dimension).get(0)));
        }
        ChangeListener<Object> update = (observable, before, after) -> update();
        dataType.addListener(update);
        adjustments.addListener((InvalidationListener) observable -> update());
        ease.addListener(update);
        levels.values().forEach(level -> level.addListener(update));
        malicious.addListener(update);
        narrative.addListener(update);
        update();
    }

    public CircumstanceTable table() {
        return method.table();
    }

    public ObjectProperty<DataType> dataTypeProperty() {
        return dataType;
    }

    public ObservableList<AdjustmentDraft> adjustments() {
        return adjustments;
    }

    public ObjectProperty<IdentificationEase> easeProperty() {
        return ease;
    }

    public ObjectProperty<Level> levelProperty(Dimension dimension) {
        return levels.get(dimension);
    }

    public BooleanProperty maliciousProperty() {
        return malicious;
    }

    public StringProperty narrativeProperty() {
        return narrative;
    }

    /** The live result, or {@code null} while the data type or the ease of identification is not chosen. */
    public ReadOnlyObjectProperty<SeverityResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** True when every input is given and valid, so that the assessment can be recorded. */
    public ReadOnlyBooleanProperty completeProperty() {
        return complete.getReadOnlyProperty();
    }

    /** True when the inputs differ from the version they were loaded from (always true without one). */
    public ReadOnlyBooleanProperty changedProperty() {
        return changed.getReadOnlyProperty();
    }

    /** The version the form was loaded from, or {@code null} for a first assessment. */
    public ReadOnlyObjectProperty<Assessment> baselineProperty() {
        return baseline.getReadOnlyProperty();
    }

    public AdjustmentDraft addAdjustment() {
        AdjustmentDraft draft = new AdjustmentDraft();
        adjustments.add(draft);
        return draft;
    }

    public void removeAdjustment(AdjustmentDraft draft) {
        adjustments.remove(draft);
    }

    /** Fills the form from a recorded version, which becomes the baseline of "changed". */
    public void load(Assessment assessment) {
        SeverityInputs in = assessment.inputs();
        dataType.set(in.dataType());
        adjustments.setAll(in.adjustments().stream().map(AdjustmentDraft::of).toList());
        ease.set(in.ease());
        for (Dimension dimension : Dimension.values()) {
            levels.get(dimension).set(levelOf(dimension, in.level(dimension)));
        }
        malicious.set(in.malicious());
        narrative.set(assessment.narrative() == null ? "" : assessment.narrative());
        baseline.set(assessment);
        update();
    }

    /** The inputs to record, when {@link #completeProperty() complete}. */
    public Optional<SeverityInputs> inputs() {
        if (!complete.get()) {
            return Optional.empty();
        }
        return Optional.of(inputsWith(adjustments.stream().map(AdjustmentDraft::toAdjustment).toList()));
    }

    /** True when the user has typed or chosen something not recorded in the baseline (or anything, without one). */
    public boolean edited() {
        if (baseline.get() != null) {
            return changed.get();
        }
        return dataType.get() != null || ease.get() != null || !adjustments.isEmpty() || malicious.get()
                || !narrative().isEmpty() || levels.entrySet().stream()
                        .anyMatch(entry -> entry.getValue().get() != table().levels(entry.getKey()).get(0));
    }

    public String narrative() {
        return narrative.get() == null ? "" : narrative.get().strip();
    }

    private void update() {
        boolean chosen = dataType.get() != null && ease.get() != null;
        result.set(chosen ? method.score(inputsWith(liveAdjustments())) : null);
        complete.set(chosen && adjustments.stream().allMatch(AdjustmentDraft::valid));
        changed.set(baseline.get() == null || !sameAsBaseline());
    }

    private List<DpcAdjustment> liveAdjustments() {
        return adjustments.stream().filter(AdjustmentDraft::deltaValid)
                .map(draft -> new DpcAdjustment(draft.deltaProperty().get(),
                        draft.reasonGiven() ? draft.reasonProperty().get() : missingReason))
                .toList();
    }

    private SeverityInputs inputsWith(List<DpcAdjustment> dpcAdjustments) {
        return new SeverityInputs(dataType.get(), dpcAdjustments, ease.get(),
                levels.get(Dimension.CONFIDENTIALITY).get().value(), levels.get(Dimension.INTEGRITY).get().value(),
                levels.get(Dimension.AVAILABILITY).get().value(), malicious.get());
    }

    private Level levelOf(Dimension dimension, BigDecimal value) {
        return table().levels(dimension).stream().filter(level -> level.value().compareTo(value) == 0).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no " + dimension.code() + " level " + value));
    }

    private boolean sameAsBaseline() {
        Assessment base = baseline.get();
        SeverityInputs in = base.inputs();
        if (dataType.get() != in.dataType() || ease.get() != in.ease() || malicious.get() != in.malicious()) {
            return false;
        }
        for (Dimension dimension : Dimension.values()) {
            if (levels.get(dimension).get().value().compareTo(in.level(dimension)) != 0) {
                return false;
            }
        }
        if (adjustments.size() != in.adjustments().size()) {
            return false;
        }
        for (int i = 0; i < adjustments.size(); i++) {
            AdjustmentDraft draft = adjustments.get(i);
            DpcAdjustment recorded = in.adjustments().get(i);
            if (draft.deltaProperty().get() == null || draft.deltaProperty().get().compareTo(recorded.delta()) != 0
                    || !draft.reasonProperty().get().strip().equals(recorded.reason())) {
                return false;
            }
        }
        String recordedNarrative = base.narrative() == null ? "" : base.narrative();
        return narrative().equals(recordedNarrative);
    }
}
