package org.trustcase.app.ui.form;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.trustcase.model.cases.Party;
import org.trustcase.model.cases.PartyRole;

/** One row of the parties list while it is edited. */
public final class PartyDraft {
    private final ObjectProperty<PartyRole> role = new SimpleObjectProperty<>(this, "role", PartyRole.PROCESSOR);
    private final StringProperty name = new SimpleStringProperty(this, "name", "");

    public PartyDraft() {
    }

    public PartyDraft(Party party) {
        role.set(party.role());
        name.set(party.name());
    }

    public ObjectProperty<PartyRole> roleProperty() {
        return role;
    }

    public StringProperty nameProperty() {
        return name;
    }

    Party toParty() {
        return new Party(role.get() == null ? PartyRole.OTHER : role.get(), name.get());
    }
}
