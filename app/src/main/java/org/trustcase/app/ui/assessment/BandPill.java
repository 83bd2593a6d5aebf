package org.trustcase.app.ui.assessment;

import java.util.Arrays;
import java.util.List;
import javafx.scene.control.Label;
import org.trustcase.model.severity.SeverityBand;

/** A severity band as a coloured pill: low green, medium amber, high orange, very high red. */
final class BandPill {
    static final String STYLE = "band-pill";
    private static final List<String> BAND_STYLES = Arrays.stream(SeverityBand.values()).map(BandPill::styleClass)
            .toList();

    private BandPill() {
    }

    static Label create(SeverityBand band, AssessmentText text) {
        Label label = new Label();
        label.setMinWidth(Label.USE_PREF_SIZE);
        update(label, band, text);
        return label;
    }

    static void update(Label label, SeverityBand band, AssessmentText text) {
        if (!label.getStyleClass().contains(STYLE)) {
            label.getStyleClass().add(STYLE);
        }
        label.getStyleClass().removeAll(BAND_STYLES);
        label.setText(band == null ? "" : text.band(band));
        if (band != null) {
            label.getStyleClass().add(styleClass(band));
        }
    }

    /** {@code band-low}, {@code band-medium}, {@code band-high}, {@code band-very-high}. */
    static String styleClass(SeverityBand band) {
        return "band-" + band.code();
    }
}
