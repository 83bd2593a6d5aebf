package org.trustcase.app.ui.settings;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.model.access.Permissions;
import org.trustcase.model.access.UseCase;
import org.trustcase.model.common.Role;
import org.trustcase.model.users.UserAccount;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import org.trustcase.app.WorkspaceInfo;
import org.trustcase.app.ui.theme.Theme;
import org.trustcase.app.ui.theme.ThemeSettings;

/**
 * Settings: the theme; where the workspace is, who is signed in and their own password; and the workspace's accounts
 * (read by a DPO and a manager, changed by a DPO).
 */
public final class SettingsController {
    private final ThemeSettings themeSettings;
    private final WorkspaceInfo workspaceInfo;
    private final AccountsViewModel accountsModel;
    private final Permissions permissions;
    private final Messages messages;

    @FXML private VBox organisationHolder;
    @FXML private VBox accountsSection;
    @FXML private TableView<UserAccount> accounts;
    @FXML private TableColumn<UserAccount, String> loginColumn;
    @FXML private TableColumn<UserAccount, String> nameColumn;
    @FXML private TableColumn<UserAccount, String> roleColumn;
    @FXML private TableColumn<UserAccount, String> stateColumn;
    @FXML private HBox accountActions;
    @FXML private Button add;
    @FXML private ComboBox<Role> role;
    @FXML private Button changeRole;
    @FXML private Button activation;
    @FXML private Button password;
    @FXML private Label accountsMessage;

    @FXML private ToggleButton light;
    @FXML private ToggleButton dark;
    @FXML private Label workspace;
    @FXML private Label actor;

    private final org.trustcase.app.ui.support.Views views;

    public SettingsController(ThemeSettings themeSettings, WorkspaceInfo workspaceInfo, AccountsViewModel accountsModel,
            Permissions permissions, Messages messages, org.trustcase.app.ui.support.Views views) {
        this.views = views;
        this.themeSettings = themeSettings;
        this.workspaceInfo = workspaceInfo;
        this.accountsModel = accountsModel;
        this.permissions = permissions;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        ToggleGroup themes = new ToggleGroup();
        light.setToggleGroup(themes);
        dark.setToggleGroup(themes);
        light.setUserData(Theme.LIGHT);
        dark.setUserData(Theme.DARK);
        (themeSettings.theme() == Theme.DARK ? dark : light).setSelected(true);
        themes.selectedToggleProperty().addListener((observable, before, after) -> {
            if (after == null) {
                before.setSelected(true);
            } else {
                themeSettings.themeProperty().set((Theme) after.getUserData());
            }
        });
        organisationHolder.getChildren().setAll(views.load(OrganisationController.class).root());
        workspace.setText(workspaceInfo.directory().toAbsolutePath().toString());
        actor.setText(workspaceInfo.actor().name());
        showAccounts();
    }

    private void showAccounts() {
        boolean reads = permissions.may(UseCase.USER_LIST);
        accountsSection.setVisible(reads);
        accountsSection.setManaged(reads);
        if (!reads) {
            return;
        }
        boolean manages = permissions.may(UseCase.USER_ADD);
        accountActions.setVisible(manages);
        accountActions.setManaged(manages);
        loginColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().login()));
        nameColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().fullName()));
        roleColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(messages.label(row.getValue().role())));
        stateColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(messages.get(row.getValue().active()
                ? "accounts.active" : "accounts.inactive")));
        accounts.setItems(accountsModel.accounts());
        accounts.setPlaceholder(new Label(messages.get("accounts.none")));
        role.getItems().setAll(Role.values());
        role.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Role value) {
                return value == null ? "" : messages.label(value);
            }

            @Override
            public Role fromString(String text) {
                return null;
            }
        });
        var selected = accounts.getSelectionModel().selectedItemProperty();
        changeRole.disableProperty().bind(selected.isNull().or(role.valueProperty().isNull()));
        password.disableProperty().bind(selected.isNull());
        activation.disableProperty().bind(selected.isNull());
        activation.textProperty().bind(Bindings.createStringBinding(() -> messages.get(selected.get() != null
                && !selected.get().active() ? "accounts.reactivate" : "accounts.deactivate"), selected));
        accountsMessage.textProperty().bind(accountsModel.messageProperty());
        accountsModel.load();
    }

    @FXML
    private void add() {
        AccountDialog.askNew(window(), messages).ifPresent(accountsModel::add);
    }

    @FXML
    private void changeRole() {
        UserAccount chosen = accounts.getSelectionModel().getSelectedItem();
        if (chosen != null && role.getValue() != null) {
            accountsModel.changeRole(chosen, role.getValue());
        }
    }

    @FXML
    private void toggleActive() {
        UserAccount chosen = accounts.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            accountsModel.setActive(chosen, !chosen.active());
        }
    }

    @FXML
    private void setPassword() {
        UserAccount chosen = accounts.getSelectionModel().getSelectedItem();
        if (chosen == null) {
            return;
        }
        boolean own = chosen.login().equals(workspaceInfo.actor().id());
        AccountDialog.askPassword(window(), messages, chosen.login(), own)
                .ifPresent(answer -> accountsModel.setPassword(chosen.login(), answer[0], answer[1]));
    }

    @FXML
    private void changeOwnPassword() {
        String login = workspaceInfo.actor().id();
        AccountDialog.askPassword(window(), messages, login, true)
                .ifPresent(answer -> accountsModel.setPassword(login, answer[0], answer[1]));
    }

    private javafx.stage.Window window() {
        return accounts.getScene() == null ? null : accounts.getScene().getWindow();
    }
}
