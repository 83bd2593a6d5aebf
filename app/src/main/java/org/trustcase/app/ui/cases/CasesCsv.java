package org.trustcase.app.ui.cases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.Progress;
import org.trustcase.app.ui.support.TimeText;
import org.trustcase.model.caselist.CaseListService;
import org.trustcase.model.caselist.CaseQuery;
import org.trustcase.model.caselist.CaseRow;

/**
 * The cases a list shows, as a CSV file a spreadsheet opens (UTF-8 with a byte-order mark, the columns of the
 * table with their headings, times in the user's zone and in UTC). Read a page at a time, so that a list of a
 * hundred thousand cases takes little memory; written under a temporary name and moved into place when whole.
 */
public final class CasesCsv {
    /** Rows read per query. */
    static final int PAGE = 1_000;

    private final CaseListService lists;
    private final Messages messages;
    private final TimeText time;

    public CasesCsv(CaseListService lists, Messages messages, TimeText time) {
        this.lists = Objects.requireNonNull(lists, "lists");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.time = Objects.requireNonNull(time, "time");
    }

    /**
     * Writes the cases of {@code query}, in its order, to {@code target}; returns how many. The export is recorded in
     * the audit trail (who exported how many cases, to which file). Any thread but JavaFX's.
     */
    public long write(CaseQuery query, Path target, Progress progress) {
        return lists.exportToFile(query, target.getFileName().toString(), asked -> writeFile(asked, target, progress));
    }

    private long writeFile(CaseQuery query, Path target, Progress progress) {
        long total = lists.count(query);
        Path temporary = target.resolveSibling(target.getFileName() + ".part");
        long written = 0;
        try {
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8);
                    CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
                out.write('\uFEFF');
                csv.printRecord(List.of(messages.get("cases.column.reference"), messages.get("cases.column.title"),
                        messages.get("cases.column.status"), messages.get("cases.csv.nextRule"),
                        messages.get("cases.csv.nextDue"), messages.get("cases.csv.nextDueUtc"),
                        messages.get("cases.column.awareAt"), messages.get("cases.csv.awareUtc"),
                        messages.get("cases.column.owner"), messages.get("cases.csv.jurisdictions")));
                while (true) {
                    progress.checkCancelled();
                    List<CaseRow> page = lists.page(query, written, PAGE);
                    for (CaseRow row : page) {
                        csv.printRecord(row.reference().toString(), row.title(), messages.label(row.status()),
                                row.nextRuleId() == null ? "" : row.nextRuleId(), time.display(row.nextDueAt()),
                                row.nextDueAt() == null ? "" : row.nextDueAt().toString(), time.display(row.awareAt()),
                                row.awareAt() == null ? "" : row.awareAt().toString(),
                                row.owner() == null ? "" : row.owner(), row.jurisdictions());
                    }
                    written += page.size();
                    progress.update(written, Math.max(total, written));
                    if (page.size() < PAGE) {
                        break;
                    }
                }
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // a leftover part file says an export was interrupted; it is never taken for a finished one
            }
        }
    }
}
