package org.trustcase.app.ui.form;

import javafx.beans.DefaultProperty;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One field of a form: a caption (with an optional hint on the right, such as the time zone), the
 * control, and the problem with the value in red beneath it. While there is a problem the control
 * carries the {@code :danger} pseudo-class. Declared in FXML with the control as its content.
 */
@DefaultProperty("content")
public final class FormField extends VBox {
    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

    private final Label caption = new Label();
    private final Label hint = new Label();
    private final Label problem = new Label();
    private final HBox header;
    private final ObjectProperty<Node> content = new SimpleObjectProperty<>(this, "content");

    public FormField() {
        getStyleClass().add("form-field");
        caption.getStyleClass().add("form-field-caption");
        hint.getStyleClass().add("form-field-hint");
        problem.getStyleClass().add("form-field-problem");
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());
        hint.managedProperty().bind(hint.textProperty().isNotEmpty());
        hint.visibleProperty().bind(hint.managedProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        header = new HBox(8, caption, spacer, hint);
        header.setAlignment(Pos.BASELINE_LEFT);
        setSpacing(4);
        getChildren().addAll(header, problem);
        content.addListener((observable, before, after) -> {
            if (before != null) {
                getChildren().remove(before);
            }
            if (after != null) {
                getChildren().add(1, after);
                caption.setLabelFor(after);
                after.pseudoClassStateChanged(DANGER, !problem.getText().isEmpty());
            }
        });
        problem.textProperty().addListener((observable, before, after) -> {
            Node control = content.get();
            if (control != null) {
                control.pseudoClassStateChanged(DANGER, after != null && !after.isEmpty());
            }
        });
    }

    public ObjectProperty<Node> contentProperty() {
        return content;
    }

    public Node getContent() {
        return content.get();
    }

    public void setContent(Node node) {
        content.set(node);
    }

    public StringProperty captionProperty() {
        return caption.textProperty();
    }

    public String getCaption() {
        return caption.getText();
    }

    public void setCaption(String text) {
        caption.setText(text);
    }

    public StringProperty hintProperty() {
        return hint.textProperty();
    }

    public String getHint() {
        return hint.getText();
    }

    public void setHint(String text) {
        hint.setText(text);
    }

    /** Shows whatever problem {@code source} holds (null or empty: none), under the id {@code <control id>-problem}. */
    public void showProblems(ObservableValue<String> source) {
        Node control = content.get();
        if (control != null && control.getId() != null) {
            problem.setId(control.getId() + "-problem");
        }
        problem.textProperty().bind(Bindings.createStringBinding(
                () -> source.getValue() == null ? "" : source.getValue(), source));
    }
}
