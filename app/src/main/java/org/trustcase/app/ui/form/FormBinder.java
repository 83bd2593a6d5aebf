package org.trustcase.app.ui.form;

import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.Pane;
import javafx.util.StringConverter;
import org.trustcase.app.ui.support.Keys;
import org.trustcase.model.cases.CaseField;
import org.trustcase.model.common.Coded;

/** Connects the controls of a form to a {@link CaseForm}: values both ways, problems beside the fields. */
public final class FormBinder {
    private final CaseForm form;

    public FormBinder(CaseForm form) {
        this.form = Objects.requireNonNull(form, "form");
    }

    /** A free-text field: its problem shows as soon as the user edits or leaves it. */
    public void text(FormField field, TextInputControl control, CaseField key) {
        bindText(control, key);
        control.textProperty().addListener((observable, before, after) -> {
            if (control.isFocused()) {
                form.touch(key.key());
            }
        });
        field.showProblems(form.shownProblem(key.key()));
    }

    /**
     * A field whose text is parsed (a time, a number, codes): its problem shows once the user leaves
     * it, so that half-typed values are not called wrong; once shown, it follows the typing.
     */
    public void parsed(FormField field, TextInputControl control, CaseField key) {
        bindText(control, key);
        field.showProblems(form.shownProblem(key.key()));
    }

    /** A choice of one enum value, shown with readable labels. */
    public <E extends Enum<E> & Coded> void choice(FormField field, ComboBox<E> combo, E[] values, ObjectProperty<E> value,
            CaseField key, Function<E, String> label) {
        combo.getItems().setAll(values);
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(E item) {
                return item == null ? "" : label.apply(item);
            }

            @Override
            public E fromString(String text) {
                return null;
            }
        });
        combo.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(E item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? combo.getPromptText() : label.apply(item));
            }
        });
        combo.valueProperty().bindBidirectional(value);
        combo.valueProperty().addListener((observable, before, after) -> form.touch(key.key()));
        field.showProblems(form.shownProblem(key.key()));
    }

    /** One check box per enum value, added to {@code container}, each with the id {@code <prefix>-<code>}. */
    public <E extends Enum<E> & Coded> void checks(FormField field, Pane container, String idPrefix, E[] values,
            ObservableSet<E> selected, CaseField key, Function<E, String> label) {
        for (E value : values) {
            CheckBox box = new CheckBox(label.apply(value));
            box.setId(idPrefix + "-" + value.code());
            box.setUserData(value);
            box.setSelected(selected.contains(value));
            box.selectedProperty().addListener((observable, before, after) -> {
                if (after) {
                    selected.add(value);
                } else {
                    selected.remove(value);
                }
                form.touch(key.key());
            });
            container.getChildren().add(box);
        }
        selected.addListener((SetChangeListener<E>) change -> container.getChildren().forEach(node -> {
            if (node instanceof CheckBox box && box.getUserData() != null) {
                box.setSelected(selected.contains(box.getUserData()));
            }
        }));
        field.showProblems(form.shownProblem(key.key()));
    }

    private void bindText(TextInputControl control, CaseField key) {
        control.textProperty().bindBidirectional(form.text(key));
        control.focusedProperty().addListener((observable, was, is) -> {
            if (!is) {
                form.touch(key.key());
            }
        });
        if (control instanceof TextArea area) {
            Keys.tabLeaves(area);
        }
    }
}
