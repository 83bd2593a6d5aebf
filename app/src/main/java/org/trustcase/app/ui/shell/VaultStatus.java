package org.trustcase.app.ui.shell;

import java.util.Objects;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.TaskExecutor;
import org.trustcase.model.evidence.EvidenceService;

/**
 * The evidence vault as the window reports it: reconciled with the items in the background when the window opens
 * (and when the user asks again), what does not match shown in the status bar until it is dealt with: files no item
 * names, items whose file is gone (those are marked missing on their case). Nothing is shown while all is well.
 */
public final class VaultStatus {
    private final EvidenceService evidence;
    private final TaskExecutor tasks;
    private final Messages messages;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper(this, "details", "");
    private boolean checking;

    public VaultStatus(EvidenceService evidence, TaskExecutor tasks, Messages messages) {
        this.evidence = Objects.requireNonNull(evidence, "evidence");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /** What the status bar says: empty when the vault and the items agree. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** Which files and items, for the status item's tooltip. */
    public ReadOnlyStringProperty detailsProperty() {
        return details.getReadOnlyProperty();
    }

    /** Reconciles in the background; a check already running is not started twice. JavaFX thread. */
    public void check() {
        if (checking) {
            return;
        }
        checking = true;
        tasks.longJob(progress -> evidence.reconcile())
                .onSuccess(this::show)
                .onError(RuntimeException.class, failure -> text.set(messages.format("vault.error",
                        messages.describe(failure))))
                .andFinally(() -> checking = false)
                .start();
    }

    private void show(EvidenceService.Reconciliation found) {
        if (found.clean()) {
            text.set("");
            details.set("");
            return;
        }
        text.set(messages.format("vault.problems", found.filesWithoutItem().size(), found.itemsWithoutFile().size()));
        StringBuilder list = new StringBuilder();
        found.itemsWithoutFile().forEach(item -> list.append(messages.format("vault.item-missing", item.id(),
                item.caseReference(), item.originalName())).append('\n'));
        found.filesWithoutItem().forEach(file -> list.append(messages.format("vault.file-unnamed", file))
                .append('\n'));
        details.set(list.toString().strip());
    }
}
