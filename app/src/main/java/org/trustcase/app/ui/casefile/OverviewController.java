package org.trustcase.app.ui.casefile;

import org.trustcase.model.access.Permissions;
import org.trustcase.model.access.UseCase;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.trustcase.app.ui.form.CaseFieldControls;
import org.trustcase.app.ui.form.CaseForm;
import org.trustcase.app.ui.form.FormField;
import org.trustcase.app.ui.form.PartyDraft;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.TimeText;
import org.trustcase.model.cases.CaseField;
import org.trustcase.model.cases.PartyRole;

/** The overview tab: every detail of the case as one form, saved with Ctrl+S or the Save button. */
public final class OverviewController {
    private final CaseViewModel viewModel;
    private final Messages messages;
    private final TimeText time;

    @FXML private FormField titleField;
    @FXML private FormField summaryField;
    @FXML private FormField reporterField;
    @FXML private FormField channelField;
    @FXML private FormField causeField;
    @FXML private FormField dataUnintelligibleField;
    @FXML private FormField highRiskRemovedField;
    @FXML private FormField disproportionateEffortField;
    @FXML private FormField occurredFromField;
    @FXML private FormField occurredToField;
    @FXML private FormField detectedAtField;
    @FXML private FormField awareAtField;
    @FXML private FormField awareGapReasonField;
    @FXML private FormField containedAtField;
    @FXML private FormField breachTypesField;
    @FXML private FormField dataCategoriesField;
    @FXML private FormField subjectCategoriesField;
    @FXML private FormField approxSubjectsField;
    @FXML private FormField approxRecordsField;
    @FXML private FormField jurisdictionsField;
    @FXML private FormField partiesField;
    @FXML private VBox parties;
    @FXML private Button addParty;
    @FXML private FormField remedialActionsField;
    @FXML private FormField ownerField;
    @FXML private VBox formBox;
    private final Permissions permissions;
    @FXML private Label settled;
    @FXML private Label unsaved;
    @FXML private Button reload;
    @FXML private Button discard;
    @FXML private Button save;

    public OverviewController(CaseViewModel viewModel, Messages messages, TimeText time, Permissions permissions) {
        this.permissions = permissions;
        this.viewModel = viewModel;
        this.messages = messages;
        this.time = time;
    }

    @FXML
    private void initialize() {
        CaseForm form = viewModel.form();
        new CaseFieldControls(form, messages, time)
                .bind(CaseField.TITLE, titleField)
                .bind(CaseField.SUMMARY, summaryField)
                .bind(CaseField.REPORTER, reporterField)
                .bind(CaseField.CHANNEL, channelField)
                .bind(CaseField.CAUSE, causeField)
                .bind(CaseField.DATA_UNINTELLIGIBLE, dataUnintelligibleField)
                .bind(CaseField.HIGH_RISK_REMOVED, highRiskRemovedField)
                .bind(CaseField.DISPROPORTIONATE_EFFORT, disproportionateEffortField)
                .bind(CaseField.OCCURRED_FROM, occurredFromField)
                .bind(CaseField.OCCURRED_TO, occurredToField)
                .bind(CaseField.DETECTED_AT, detectedAtField)
                .bind(CaseField.AWARE_AT, awareAtField)
                .bind(CaseField.AWARE_GAP_REASON, awareGapReasonField)
                .bind(CaseField.CONTAINED_AT, containedAtField)
                .bind(CaseField.BREACH_TYPES, breachTypesField)
                .bind(CaseField.DATA_CATEGORIES, dataCategoriesField)
                .bind(CaseField.SUBJECT_CATEGORIES, subjectCategoriesField)
                .bind(CaseField.APPROX_SUBJECTS, approxSubjectsField)
                .bind(CaseField.APPROX_RECORDS, approxRecordsField)
                .bind(CaseField.JURISDICTIONS, jurisdictionsField)
                .bind(CaseField.PARTIES, partiesField)
                .bind(CaseField.REMEDIAL_ACTIONS, remedialActionsField)
                .bind(CaseField.OWNER, ownerField);

        form.parties().addListener((ListChangeListener<PartyDraft>) change -> {
            while (change.next()) {
                if (!change.wasUpdated()) {
                    showParties();
                    return;
                }
            }
        });
        showParties();
        addParty.setOnAction(event -> {
            form.parties().add(new PartyDraft());
            form.touch(CaseForm.PARTIES);
            focusLastPartyName();
        });

        // a settled case is read-only until it is reopened with a reason, and says so
        settled.textProperty().bind(viewModel.settledProperty());
        settled.managedProperty().bind(viewModel.settledProperty().isNotEmpty());
        settled.visibleProperty().bind(settled.managedProperty());
        // a role that may not edit cases reads the form only, and is told why
        boolean mayEdit = permissions.may(UseCase.CASE_UPDATE);
        formBox.disableProperty().bind(settled.managedProperty().or(new javafx.beans.property.SimpleBooleanProperty(!mayEdit)));
        if (!mayEdit) {
            settled.textProperty().unbind();
            settled.managedProperty().unbind();
            settled.setText(messages.get("overview.read-only"));
            settled.setManaged(true);
        }
        unsaved.visibleProperty().bind(form.dirtyProperty());
        save.disableProperty().bind(viewModel.canSaveProperty().not());
        save.setOnAction(event -> viewModel.save());
        discard.disableProperty().bind(form.dirtyProperty().not().or(viewModel.workingProperty()));
        discard.setOnAction(event -> viewModel.reload());
        reload.managedProperty().bind(viewModel.conflictProperty());
        reload.visibleProperty().bind(reload.managedProperty());
        reload.setOnAction(event -> viewModel.reload());
    }

    private void showParties() {
        parties.getChildren().clear();
        var drafts = viewModel.form().parties();
        for (int i = 0; i < drafts.size(); i++) {
            parties.getChildren().add(partyRow(drafts.get(i), i));
        }
    }

    private HBox partyRow(PartyDraft draft, int index) {
        ComboBox<PartyRole> role = new ComboBox<>();
        role.setId("overview-parties-" + index + "-role");
        role.getItems().setAll(PartyRole.values());
        role.setConverter(new StringConverter<>() {
            @Override
            public String toString(PartyRole value) {
                return value == null ? "" : messages.label(value);
            }

            @Override
            public PartyRole fromString(String text) {
                return null;
            }
        });
        role.valueProperty().bindBidirectional(draft.roleProperty());
        role.setPrefWidth(200);
        TextField name = new TextField();
        name.setId("overview-parties-" + index + "-name");
        name.setPromptText(messages.get("overview.party.name.prompt"));
        name.textProperty().bindBidirectional(draft.nameProperty());
        HBox.setHgrow(name, Priority.ALWAYS);
        Button remove = new Button(null, new FontIcon("mdi2d-delete-outline"));
        remove.setId("overview-parties-" + index + "-remove");
        remove.getStyleClass().addAll("flat", "danger");
        remove.setTooltip(new Tooltip(messages.get("overview.party.remove")));
        remove.setOnAction(event -> {
            viewModel.form().parties().remove(draft);
            viewModel.form().touch(CaseForm.PARTIES);
        });
        HBox row = new HBox(8, role, name, remove);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    private void focusLastPartyName() {
        int last = parties.getChildren().size() - 1;
        if (last >= 0 && parties.getChildren().get(last) instanceof HBox row) {
            row.getChildren().get(1).requestFocus();
        }
    }
}
