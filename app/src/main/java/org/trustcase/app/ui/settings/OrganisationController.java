package org.trustcase.app.ui.settings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.FlowPane;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.TaskExecutor;
import org.trustcase.model.access.Permissions;
import org.trustcase.model.access.UseCase;
import org.trustcase.model.cases.Jurisdiction;
import org.trustcase.model.common.LetterLanguages;
import org.trustcase.model.common.TrustcaseException;
import org.trustcase.model.common.ValidationException;
import org.trustcase.model.organisation.OrganisationProfile;
import org.trustcase.model.organisation.OrganisationService;

/**
 * The organisation profile in Settings: who the workspace answers for and its DPO (notifications and letters take
 * them), its home, time zone and letter language, and the sector facts new cases take as their regime flags. Read by
 * everyone, changed by a DPO.
 */
public final class OrganisationController {
    private final OrganisationService organisation;
    private final TaskExecutor tasks;
    private final Messages messages;
    private final Permissions permissions;
    private final Map<String, CheckBox> flagBoxes = new LinkedHashMap<>();

    @FXML private TextField legalName;
    @FXML private TextArea address;
    @FXML private TextField registrationNumber;
    @FXML private TextField dpoName;
    @FXML private TextField dpoEmail;
    @FXML private TextField dpoPhone;
    @FXML private TextField home;
    @FXML private TextField timeZone;
    @FXML private ComboBox<String> language;
    @FXML private FlowPane flags;
    @FXML private Button save;
    @FXML private Label notice;
    /** The open cases' due times, counted again when the organisation's zone moved them (US rules). */
    private final org.trustcase.model.caseclocks.DeadlineBoard deadlines;

    public OrganisationController(OrganisationService organisation, TaskExecutor tasks, Messages messages,
            Permissions permissions, org.trustcase.model.caseclocks.DeadlineBoard deadlines) {
        this.organisation = organisation;
        this.deadlines = deadlines;
        this.tasks = tasks;
        this.messages = messages;
        this.permissions = permissions;
    }

    @FXML
    private void initialize() {
        language.setItems(FXCollections.observableArrayList(LetterLanguages.ALL));
        language.setButtonCell(new LanguageCell());
        language.setCellFactory(list -> new LanguageCell());
        // in the order of their words, which is how a reader looks for one among two dozen
        for (String flag : OrganisationService.SECTOR_FLAGS.stream()
                .sorted(java.util.Comparator.comparing((String code) -> messages.get("flag." + code))).toList()) {
            CheckBox box = new CheckBox(messages.get("flag." + flag));
            box.setId("organisation-flag-" + flag);
            flagBoxes.put(flag, box);
            flags.getChildren().add(box);
        }
        boolean mayChange = permissions.may(UseCase.ORGANISATION_UPDATE);
        for (TextInputControl field : List.of(legalName, address, registrationNumber, dpoName, dpoEmail, dpoPhone,
                home, timeZone)) {
            field.setEditable(mayChange);
        }
        language.setDisable(!mayChange);
        flagBoxes.values().forEach(box -> box.setDisable(!mayChange));
        save.setVisible(mayChange);
        save.setOnAction(event -> save());
        tasks.create(organisation::profile).onSuccess(this::show)
                .onError(TrustcaseException.class, failure -> notice.setText(messages.describe(failure))).start();
    }

    private void show(OrganisationProfile p) {
        legalName.setText(p.legalName());
        address.setText(p.address());
        registrationNumber.setText(p.registrationNumber());
        dpoName.setText(p.dpoName());
        dpoEmail.setText(p.dpoEmail());
        dpoPhone.setText(p.dpoPhone());
        home.setText(p.home() == null ? "" : p.home().code());
        timeZone.setText(p.timeZone());
        language.setValue(p.language());
        flagBoxes.forEach((flag, box) -> box.setSelected(p.sectorFlags().contains(flag)));
    }

    private void save() {
        Jurisdiction homeJurisdiction;
        try {
            homeJurisdiction = home.getText().isBlank() ? null : Jurisdiction.parse(home.getText().strip(), "home");
        } catch (ValidationException e) {
            notice.setText(messages.describe(e));
            return;
        }
        Set<String> chosen = new TreeSet<>();
        flagBoxes.forEach((flag, box) -> {
            if (box.isSelected()) {
                chosen.add(flag);
            }
        });
        OrganisationProfile wanted = new OrganisationProfile(legalName.getText(), address.getText(),
                registrationNumber.getText(), dpoName.getText(), dpoEmail.getText(), dpoPhone.getText(),
                homeJurisdiction, timeZone.getText(), language.getValue() == null ? "en" : language.getValue(), chosen);
        save.setDisable(true);
        notice.setText("");
        tasks.create(() -> organisation.update(wanted))
                .onSuccess(saved -> {
                    show(saved);
                    notice.setText(messages.get("organisation.saved"));
                    recountIfTheZoneMoved();
                })
                .onError(TrustcaseException.class, failure -> notice.setText(messages.describe(failure)))
                .andFinally(() -> save.setDisable(false))
                .start();
    }

    /**
     * US rules count days in the organisation's zone: when the saved profile moved it, the deadline index (lists,
     * dashboard, alerts) is counted again in the background, as it would be at the next sign-in.
     */
    private void recountIfTheZoneMoved() {
        if (!permissions.may(org.trustcase.model.access.UseCase.DEADLINE_INDEX_REBUILD)) {
            return;
        }
        tasks.longJob(progress -> {
            if (deadlines.indexIsCurrent()) {
                return false;
            }
            progress.message(messages.get("organisation.recounting"));
            return deadlines.rebuildIndex(new org.trustcase.model.caseclocks.ClockIndexer.Progress() {
                @Override
                public void done(long cases, long total) {
                    progress.update(cases, total);
                }

                @Override
                public java.util.function.BooleanSupplier cancelled() {
                    return progress::isCancelled;
                }
            });
        }).onSuccess(recounted -> {
            if (recounted) {
                notice.setText(messages.get("organisation.recounted"));
            }
        }).onError(TrustcaseException.class, failure -> notice.setText(messages.describe(failure))).start();
    }

    /** A letter language by its name. */
    private final class LanguageCell extends ListCell<String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : messages.get("language." + item));
        }
    }
}
