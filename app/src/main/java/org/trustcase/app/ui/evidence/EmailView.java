package org.trustcase.app.ui.evidence;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.trustcase.app.preview.EmailMessage;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.TimeText;

/**
 * An e-mail in the Evidence tab's preview: its header fields (those it has), its body (where a passage can be
 * selected as a note's anchor), and its attachments, each with the button that takes it in as an item of its own.
 */
final class EmailView {
    private final GridPane headers;
    private final TextArea body;
    private final Label attachmentsTitle;
    private final ListView<EmailMessage.Attachment> attachments;
    private final Messages messages;
    private final TimeText time;

    EmailView(GridPane headers, TextArea body, Label attachmentsTitle, ListView<EmailMessage.Attachment> attachments,
            Messages messages, TimeText time, boolean mayTake, Consumer<EmailMessage.Attachment> take) {
        this.headers = headers;
        this.body = body;
        this.attachmentsTitle = attachmentsTitle;
        this.attachments = attachments;
        this.messages = messages;
        this.time = time;
        attachments.setCellFactory(list -> new AttachmentCell(mayTake, take));
    }

    void show(EmailMessage message) {
        headers.getChildren().clear();
        int row = 0;
        String[][] fields = {{"evidence.email.from", message.from()}, {"evidence.email.to", message.to()},
            {"evidence.email.cc", message.cc()},
            {"evidence.email.sent", message.sent() == null ? "" : time.display(message.sent())},
            {"evidence.email.subject", message.subject()}};
        for (String[] field : fields) {
            if (field[1].isEmpty()) {
                continue;
            }
            Label name = new Label(messages.get(field[0]));
            name.getStyleClass().add("text-muted");
            name.setMinWidth(Region.USE_PREF_SIZE);
            Label value = new Label(field[1]);
            value.setWrapText(true);
            value.setId("evidence-email-" + field[0].substring(field[0].lastIndexOf('.') + 1));
            headers.addRow(row++, name, value);
        }
        body.setText(message.body() + (message.bodyTruncated() ? "\n\n"
                + messages.get("evidence.preview.truncated") : ""));
        attachments.getItems().setAll(message.attachments());
        attachmentsTitle.setText(messages.format("evidence.email.attachments", message.attachments().size()));
        attachments.setVisible(!message.attachments().isEmpty());
        attachments.setManaged(attachments.isVisible());
    }

    /** An attachment, with the button that takes it in as evidence (shown to those who may add evidence). */
    private final class AttachmentCell extends ListCell<EmailMessage.Attachment> {
        private final boolean mayTake;
        private final Consumer<EmailMessage.Attachment> take;

        AttachmentCell(boolean mayTake, Consumer<EmailMessage.Attachment> take) {
            this.mayTake = mayTake;
            this.take = take;
        }

        @Override
        protected void updateItem(EmailMessage.Attachment attachment, boolean empty) {
            super.updateItem(attachment, empty);
            if (empty || attachment == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label name = new Label(attachment.name() + " · " + Sizes.shortType(attachment.mediaType()) + " · "
                    + Sizes.human(attachment.size()));
            name.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(name, Priority.ALWAYS);
            Button button = new Button(messages.get("evidence.email.take"));
            button.getStyleClass().addAll("small", "flat");
            button.setId("evidence-take-" + attachment.index());
            button.setVisible(mayTake);
            button.setOnAction(event -> take.accept(attachment));
            HBox line = new HBox(6, name, button);
            line.setAlignment(Pos.CENTER_LEFT);
            setPrefWidth(0);
            setText(null);
            setGraphic(line);
        }
    }
}
