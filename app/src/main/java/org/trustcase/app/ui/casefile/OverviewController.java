package org.trustcase.app.ui.casefile;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.trustcase.app.ui.form.CaseForm;
import org.trustcase.app.ui.form.Fact;
import org.trustcase.app.ui.form.FormBinder;
import org.trustcase.app.ui.form.FormField;
import org.trustcase.app.ui.form.PartyDraft;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.TimeText;
import org.trustcase.model.cases.BreachCause;
import org.trustcase.model.cases.BreachType;
import org.trustcase.model.cases.CaseField;
import org.trustcase.model.cases.DataCategory;
import org.trustcase.model.cases.PartyRole;
import org.trustcase.model.cases.ReportChannel;
import org.trustcase.model.cases.SubjectCategory;

/** The overview tab: every detail of the case as one form, saved with Ctrl+S or the Save button. */
public final class OverviewController {
    private final CaseViewModel viewModel;
    private final Messages messages;
    private final TimeText time;

    @FXML private FormField titleField;
    @FXML private TextField title;
    @FXML private FormField summaryField;
    @FXML private TextArea summary;
    @FXML private FormField reporterField;
    @FXML private TextField reporter;
    @FXML private FormField channelField;
    @FXML private ComboBox<ReportChannel> channel;
    @FXML private FormField causeField;
    @FXML private FormField dataUnintelligibleField;
    @FXML private ComboBox<Fact> dataUnintelligible;
    @FXML private FormField highRiskRemovedField;
    @FXML private ComboBox<Fact> highRiskRemoved;
    @FXML private FormField disproportionateEffortField;
    @FXML private ComboBox<Fact> disproportionateEffort;
    @FXML private ComboBox<BreachCause> cause;
    @FXML private FormField occurredFromField;
    @FXML private TextField occurredFrom;
    @FXML private FormField occurredToField;
    @FXML private TextField occurredTo;
    @FXML private FormField detectedAtField;
    @FXML private TextField detectedAt;
    @FXML private FormField awareAtField;
    @FXML private TextField awareAt;
    @FXML private FormField awareGapReasonField;
    @FXML private TextArea awareGapReason;
    @FXML private FormField containedAtField;
    @FXML private TextField containedAt;
    @FXML private FormField breachTypesField;
    @FXML private Pane breachTypes;
    @FXML private FormField dataCategoriesField;
    @FXML private Pane dataCategories;
    @FXML private FormField subjectCategoriesField;
    @FXML private Pane subjectCategories;
    @FXML private FormField approxSubjectsField;
    @FXML private TextField approxSubjects;
    @FXML private FormField approxRecordsField;
    @FXML private TextField approxRecords;
    @FXML private FormField jurisdictionsField;
    @FXML private TextField jurisdictions;
    @FXML private FormField partiesField;
    @FXML private VBox parties;
    @FXML private Button addParty;
    @FXML private FormField remedialActionsField;
    @FXML private TextArea remedialActions;
    @FXML private FormField ownerField;
    @FXML private TextField owner;
    @FXML private Label unsaved;
    @FXML private Button reload;
    @FXML private Button discard;
    @FXML private Button save;

    public OverviewController(CaseViewModel viewModel, Messages messages, TimeText time) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.time = time;
    }

    @FXML
    private void initialize() {
        CaseForm form = viewModel.form();
        FormBinder binder = new FormBinder(form);
        binder.text(titleField, title, CaseField.TITLE);
        binder.text(summaryField, summary, CaseField.SUMMARY);
        binder.text(reporterField, reporter, CaseField.REPORTER);
        binder.choice(channelField, channel, ReportChannel.values(), form.channelProperty(), CaseField.CHANNEL,
                messages::label);
        binder.choice(causeField, cause, BreachCause.values(), form.causeProperty(), CaseField.CAUSE,
                messages::label);
        binder.choice(dataUnintelligibleField, dataUnintelligible, Fact.values(), form.dataUnintelligibleProperty(),
                CaseField.DATA_UNINTELLIGIBLE, messages::label);
        binder.choice(highRiskRemovedField, highRiskRemoved, Fact.values(), form.highRiskRemovedProperty(),
                CaseField.HIGH_RISK_REMOVED, messages::label);
        binder.choice(disproportionateEffortField, disproportionateEffort, Fact.values(),
                form.disproportionateEffortProperty(), CaseField.DISPROPORTIONATE_EFFORT, messages::label);
        binder.parsed(occurredFromField, occurredFrom, CaseField.OCCURRED_FROM);
        binder.parsed(occurredToField, occurredTo, CaseField.OCCURRED_TO);
        binder.parsed(detectedAtField, detectedAt, CaseField.DETECTED_AT);
        binder.parsed(awareAtField, awareAt, CaseField.AWARE_AT);
        binder.text(awareGapReasonField, awareGapReason, CaseField.AWARE_GAP_REASON);
        binder.parsed(containedAtField, containedAt, CaseField.CONTAINED_AT);
        binder.checks(breachTypesField, breachTypes, "overview-breachTypes", BreachType.values(),
                form.breachTypes(), CaseField.BREACH_TYPES, messages::label);
        binder.checks(dataCategoriesField, dataCategories, "overview-dataCategories", DataCategory.values(),
                form.dataCategories(), CaseField.DATA_CATEGORIES, messages::label);
        binder.checks(subjectCategoriesField, subjectCategories, "overview-subjectCategories",
                SubjectCategory.values(), form.subjectCategories(), CaseField.SUBJECT_CATEGORIES, messages::label);
        binder.parsed(approxSubjectsField, approxSubjects, CaseField.APPROX_SUBJECTS);
        binder.parsed(approxRecordsField, approxRecords, CaseField.APPROX_RECORDS);
        binder.parsed(jurisdictionsField, jurisdictions, CaseField.JURISDICTIONS);
        binder.text(remedialActionsField, remedialActions, CaseField.REMEDIAL_ACTIONS);
        binder.text(ownerField, owner, CaseField.OWNER);
        partiesField.showProblems(form.shownProblem(CaseForm.PARTIES));

        String zone = messages.format("form.zoneHint", time.zoneLabel());
        for (FormField field : new FormField[] {occurredFromField, occurredToField, detectedAtField, awareAtField,
                containedAtField}) {
            field.setHint(zone);
            ((TextField) field.getContent()).setPromptText(TimeText.INPUT_PATTERN);
        }
        awareGapReasonField.visibleProperty().bind(form.gapReasonNeededProperty()
                .or(form.text(CaseField.AWARE_GAP_REASON).isNotEmpty()));
        awareGapReasonField.managedProperty().bind(awareGapReasonField.visibleProperty());

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
