package org.trustcase.app.ui.form;

import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.Pane;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.TimeText;
import org.trustcase.model.cases.BreachCause;
import org.trustcase.model.cases.BreachType;
import org.trustcase.model.cases.CaseField;
import org.trustcase.model.cases.DataCategory;
import org.trustcase.model.cases.ReportChannel;
import org.trustcase.model.cases.SubjectCategory;
import org.trustcase.model.common.Coded;

/**
 * How each case field is edited, in one place for every form that shows it (the intake dialog and the
 * overview tab): {@link #bind} connects a {@link FormField}'s control to the {@link CaseForm} by the
 * field's kind: free text, parsed text (times with the zone hint and the input pattern), a choice, a
 * group of check boxes. The aware-gap reason shows only while it is needed or filled in.
 */
public final class CaseFieldControls {
    private final CaseForm form;
    private final FormBinder binder;
    private final Messages messages;
    private final String zoneHint;

    public CaseFieldControls(CaseForm form, Messages messages, TimeText time) {
        this.form = Objects.requireNonNull(form, "form");
        this.binder = new FormBinder(form);
        this.messages = Objects.requireNonNull(messages, "messages");
        this.zoneHint = messages.format("form.zoneHint", time.zoneLabel());
    }

    /**
     * Binds {@code field}'s content to {@code key}: a text control for text fields, a combo box for
     * choices, a pane to hold the check boxes of a set (they take its id as the prefix of theirs). The
     * parties are edited row by row by their form; here their field only shows their problems.
     */
    public CaseFieldControls bind(CaseField key, FormField field) {
        switch (key) {
            case TITLE, SUMMARY, REPORTER, REMEDIAL_ACTIONS, OWNER -> binder.text(field, text(field), key);
            case AWARE_GAP_REASON -> {
                binder.text(field, text(field), key);
                field.visibleProperty().bind(form.gapReasonNeededProperty().or(form.text(key).isNotEmpty()));
                field.managedProperty().bind(field.visibleProperty());
            }
            case OCCURRED_FROM, OCCURRED_TO, DETECTED_AT, AWARE_AT, CONTAINED_AT -> {
                binder.parsed(field, text(field), key);
                field.setHint(zoneHint);
                text(field).setPromptText(TimeText.INPUT_PATTERN);
            }
            case APPROX_SUBJECTS, APPROX_RECORDS, JURISDICTIONS -> binder.parsed(field, text(field), key);
            case CHANNEL -> choice(field, key, ReportChannel.values(), form.channelProperty());
            case CAUSE -> choice(field, key, BreachCause.values(), form.causeProperty());
            case DATA_UNINTELLIGIBLE -> choice(field, key, Fact.values(), form.dataUnintelligibleProperty());
            case HIGH_RISK_REMOVED -> choice(field, key, Fact.values(), form.highRiskRemovedProperty());
            case DISPROPORTIONATE_EFFORT -> choice(field, key, Fact.values(), form.disproportionateEffortProperty());
            case BREACH_TYPES -> binder.checks(field, pane(field), pane(field).getId(), BreachType.values(),
                    form.breachTypes(), key, messages::label);
            case DATA_CATEGORIES -> binder.checks(field, pane(field), pane(field).getId(), DataCategory.values(),
                    form.dataCategories(), key, messages::label);
            case SUBJECT_CATEGORIES -> binder.checks(field, pane(field), pane(field).getId(),
                    SubjectCategory.values(), form.subjectCategories(), key, messages::label);
            case PARTIES -> field.showProblems(form.shownProblem(CaseForm.PARTIES));
            // a switch statement need not cover every field: a new one fails here, not silently unbound
            default -> throw new IllegalArgumentException("no control known for " + key);
        }
        return this;
    }

    private <E extends Enum<E> & Coded> void choice(FormField field, CaseField key, E[] values, ObjectProperty<E> value) {
        @SuppressWarnings("unchecked") // the form's FXML puts a combo box of this field's values in it
        ComboBox<E> combo = (ComboBox<E>) field.getContent();
        binder.choice(field, combo, values, value, key, messages::label);
    }

    private static TextInputControl text(FormField field) {
        return (TextInputControl) field.getContent();
    }

    private static Pane pane(FormField field) {
        return (Pane) field.getContent();
    }
}
