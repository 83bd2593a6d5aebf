package org.trustcase.app.ui.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.trustcase.model.severity.DpcAdjustment;

/** One DPC adjustment as it is being edited: a delta in steps of 0.25 within −3..+3 and its reason. */
public final class AdjustmentDraft {
    static final BigDecimal STEP = new BigDecimal("0.25");
    static final BigDecimal LIMIT = BigDecimal.valueOf(3);

    /** Every delta the method accepts, from −3 to +3 without 0. */
    public static final List<BigDecimal> DELTAS = deltas();

    private final ObjectProperty<BigDecimal> delta = new SimpleObjectProperty<>(this, "delta", STEP);
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");

    public AdjustmentDraft() {
    }

    public AdjustmentDraft(BigDecimal delta, String reason) {
        this.delta.set(DELTAS.stream().filter(d -> delta != null && d.compareTo(delta) == 0).findFirst().orElse(delta));
        this.reason.set(reason == null ? "" : reason);
    }

    public static AdjustmentDraft of(DpcAdjustment adjustment) {
        return new AdjustmentDraft(adjustment.delta(), adjustment.reason());
    }

    public ObjectProperty<BigDecimal> deltaProperty() {
        return delta;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    /** True when the delta is a non-zero multiple of 0.25 between −3 and +3. */
    public boolean deltaValid() {
        BigDecimal value = delta.get();
        return value != null && value.signum() != 0 && value.abs().compareTo(LIMIT) <= 0
                && value.remainder(STEP).signum() == 0;
    }

    public boolean reasonGiven() {
        return reason.get() != null && !reason.get().isBlank();
    }

    public boolean valid() {
        return deltaValid() && reasonGiven();
    }

    /** The adjustment to record; only when {@link #valid()}. */
    DpcAdjustment toAdjustment() {
        return new DpcAdjustment(delta.get(), reason.get());
    }

    private static List<BigDecimal> deltas() {
        List<BigDecimal> values = new ArrayList<>();
        for (BigDecimal d = LIMIT.negate(); d.compareTo(LIMIT) <= 0; d = d.add(STEP)) {
            if (d.signum() != 0) {
                values.add(d.stripTrailingZeros());
            }
        }
        return List.copyOf(values);
    }
}
