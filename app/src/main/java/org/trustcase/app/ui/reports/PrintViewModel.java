package org.trustcase.app.ui.reports;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.stage.Window;
import org.trustcase.app.WholeFile;
import org.trustcase.app.documents.CaseSummaryPdf;
import org.trustcase.app.documents.DocumentLanguage;
import org.trustcase.app.ui.shell.TrailStatus;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.TaskExecutor;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.common.TrustcaseException;
import org.trustcase.model.reports.CaseSummary;
import org.trustcase.model.reports.ReportService;

/**
 * Printing a case's summary: the PDF made in the background, then printed after the system's dialog; with no printer
 * on the computer, the window says so and offers to save the PDF instead.
 */
public final class PrintViewModel {
    private final ReportService reports;
    private final Printing printing;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Supplier<DocumentLanguage> language;
    private final TrailStatus trail;
    private final CaseReference reference;
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyBooleanWrapper offerSave = new ReadOnlyBooleanWrapper(this, "offerSave", false);
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(this, "working", false);
    /** The summary made last, kept to save it without making it again. */
    private byte[] made;

    public PrintViewModel(ReportService reports, Printing printing, TaskExecutor executor, Messages messages,
            Supplier<DocumentLanguage> language, TrailStatus trail, CaseReference reference) {
        this.reports = Objects.requireNonNull(reports, "reports");
        this.printing = Objects.requireNonNull(printing, "printing");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.language = Objects.requireNonNull(language, "language");
        this.trail = Objects.requireNonNull(trail, "trail");
        this.reference = Objects.requireNonNull(reference, "reference");
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Whether the window offers to save the summary as PDF (there is no printer). */
    public ReadOnlyBooleanProperty offerSaveProperty() {
        return offerSave.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    /** Makes the summary (privileged annotations left out), then prints it, or offers to save it. */
    public void print(Window owner) {
        made = null;
        make(pdf -> {
            if (!printing.hasPrinter()) {
                offerSave.set(true);
                notice.set(messages.get("print.no-printer"));
                return;
            }
            notice.set(printing.print(owner, pdf) ? messages.get("print.sent") : "");
        });
    }

    /** Asks where to save the summary and writes it there whole (a temporary file first). */
    public void saveAs(Window owner) {
        make(pdf -> {
            Optional<Path> chosen = printing.saveAs(owner, reference + ".pdf");
            if (chosen.isEmpty()) {
                return;
            }
            Path target = chosen.get().toAbsolutePath();
            executor.create(() -> {
                WholeFile.write(target, ".summary-", out -> {
                    out.write(pdf);
                    return null;
                });
                return target;
            }).onSuccess(saved -> {
                made = null;
                offerSave.set(false);
                notice.set(messages.format("print.saved", saved));
            }).onError(java.io.IOException.class, failure -> notice.set(messages.format("print.save-failed",
                    target, String.valueOf(failure.getMessage())))).start();
        });
    }

    private void make(java.util.function.Consumer<byte[]> then) {
        if (working.get()) {
            return;
        }
        if (made != null) {
            then.accept(made);
            return;
        }
        working.set(true);
        notice.set(messages.get("print.making"));
        DocumentLanguage words = language.get();
        String verification = trail.last().map(checked -> CaseSummaryPdf.verification(words, checked.result(),
                checked.at())).orElse(words.word("summary.not-checked"));
        executor.create(() -> {
            CaseSummary summary = reports.caseSummary(reference, false);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new CaseSummaryPdf(words).write(summary, verification, out);
            return out.toByteArray();
        }).onSuccess(pdf -> {
            made = pdf;
            notice.set("");
            then.accept(pdf);
        }).onError(TrustcaseException.class, failure -> notice.set(messages.describe(failure)))
                .andFinally(() -> working.set(false)).start();
    }
}
