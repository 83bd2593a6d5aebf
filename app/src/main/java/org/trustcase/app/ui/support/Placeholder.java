package org.trustcase.app.ui.support;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** An honest "not here yet" panel: an icon, a heading and one sentence naming what will come. */
public final class Placeholder {
    private Placeholder() {
    }

    public static Parent create(String iconLiteral, String heading, String text) {
        FontIcon icon = new FontIcon(iconLiteral);
        icon.getStyleClass().add("placeholder-icon");
        Label title = new Label(heading);
        title.getStyleClass().add("title-3");
        Label body = new Label(text);
        body.getStyleClass().add("placeholder-text");
        body.setWrapText(true);
        body.setMaxWidth(520);
        VBox box = new VBox(12, icon, title, body);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("placeholder");
        return box;
    }
}
